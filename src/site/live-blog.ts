import type { StoredUpdate } from '../load/story-entry.ts';
import { newestUpdatesFirst } from '../model/live-updates.ts';
import { liveStatus, type LiveStatus } from '../model/schemas/live.ts';
import { escapeHtml } from '../model/escape.ts';
import { authorUrl } from '../model/urls.ts';
import type { StoryEntry } from './stories.ts';

/** One update of a live blog, as pages, JSON-LD and feeds show it. */
export interface StoryUpdate {
  anchor: string;
  time: Date;
  headline?: string | undefined;
  /** The author's id, when the update names one. */
  by?: string | undefined;
  text: string;
}

/** A live blog as its page shows it: status, key points, updates newest first. */
export interface LiveBlog {
  status: LiveStatus;
  start: Date;
  end?: Date | undefined;
  keyPoints: string[];
  /** Newest first. */
  updates: StoryUpdate[];
  /** The newest update's time, or coverage start while there is none. */
  lastUpdated: Date;
}

/** The live blog a story is, from its stored data (load/story-entry.ts#withUpdates); undefined for other stories. */
export function liveBlogOf(entry: StoryEntry): LiveBlog | undefined {
  const { live } = entry.data;
  if (!live) return undefined;
  const stored = (entry.data as { liveUpdates?: StoredUpdate[] }).liveUpdates ?? [];
  const updates = newestUpdatesFirst(stored.map((u) => ({ ...u, time: new Date(u.time) })));
  return {
    status: liveStatus(live),
    start: live.start,
    end: live.end,
    keyPoints: live.keyPoints,
    updates,
    lastUpdated: updates[0]?.time ?? live.start,
  };
}

export const STATUS_LABEL: Record<LiveStatus, string> = { live: 'Live', paused: 'Paused', ended: 'Ended' };

/**
 * The body names each update's author by id (markdown/remark-live-updates.ts); the page gives the
 * name and the link, so a renamed author changes no stored body.
 */
export function nameUpdateAuthors(html: string, nameOf: (id: string) => string | undefined): string {
  return html.replace(
    /<span class="live-update__by" data-author="([a-z0-9-]+)">[^<]*<\/span>/g,
    (_, id: string) =>
      `<span class="live-update__by">By <a href="${authorUrl(id)}" rel="author">${escapeHtml(nameOf(id) ?? id)}</a></span>`,
  );
}
