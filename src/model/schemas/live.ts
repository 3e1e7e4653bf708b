import { z } from 'astro/zod';
import { displayText } from '../markup.ts';
import { dateTimeSchema } from './date-time.ts';

/** Where rolling coverage stands: running, paused for the night, or over. */
export const LIVE_STATUSES = ['live', 'paused', 'ended'] as const;
export type LiveStatus = (typeof LIVE_STATUSES)[number];

/**
 * `live:` makes a story a live blog: its body is a run of `:::update{time="…"}` blocks, shown newest
 * first under the key points, a "Last updated" line and the coverage's status.
 */
export function liveSchema(timezone: string) {
  return z.strictObject({
    /** When coverage began (it may precede the event), same format as `published`: `2026-11-23 06:00`. */
    start: dateTimeSchema(timezone),
    /** When coverage ended, same format; leave it out while coverage runs. With it, the status is `ended`. */
    end: dateTimeSchema(timezone).optional(),
    /** `live`, `paused` or `ended`; default: `ended` when `end` is given, else `live`. */
    status: z.enum(LIVE_STATUSES, { error: 'write live, paused or ended' }).optional(),
    /** The key points so far: short sentences, listed at the top of the page. */
    keyPoints: z.array(z.string().trim().min(1, { error: 'a key point is empty' }).transform(displayText)).default([]),
  });
}

export type LiveCoverage = z.output<ReturnType<typeof liveSchema>>;

/** The status a live blog shows: as written, else `ended` once it has an end, else `live`. */
export const liveStatus = (live: Pick<LiveCoverage, 'status' | 'end'>): LiveStatus =>
  live.status ?? (live.end ? 'ended' : 'live');

/**
 * Whether coverage still runs at `now`: the status is live or paused, or the end is still ahead.
 * The news sitemap keeps such a story as if fresh.
 */
export const isRunning = (live: Pick<LiveCoverage, 'status' | 'end'>, now: Date): boolean =>
  liveStatus(live) !== 'ended' || (live.end !== undefined && live.end.getTime() > now.getTime());
