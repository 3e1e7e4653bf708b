import { readDateTime } from './date-reading.ts';
import { zoneOffsetMs } from './zone-offset.ts';

/** One `:::update` block as the body holds it (markdown/live-update-syntax.ts reads it). */
export interface UpdateSource {
  /** The file line of its `:::update`. */
  line: number;
  /** `time="…"` as written: a date and time, or `HH:MM` for the day of the update above. */
  time?: string | undefined;
  /** `by="…"`: the author id of this update. */
  by?: string | undefined;
  /** `{#anchor}` as written. */
  id?: string | undefined;
  /** The text of a heading that opens the update. */
  headline?: string | undefined;
  /** Its text, the headline left out. */
  text: string;
}

/** An update with its time read and its anchor settled. */
export interface LiveUpdate {
  /** The `id` on the page: `{#…}` as written, else from the time, e.g. `update-2026-11-23-1405`. */
  anchor: string;
  time: Date;
  headline?: string | undefined;
  by?: string | undefined;
  text: string;
  line: number;
}

export interface ReadUpdates {
  /** In file order; undefined where the time is missing or cannot be read. */
  updates: (LiveUpdate | undefined)[];
  /** What is wrong with a time, by the update's position in the file. */
  faults: { index: number; fault: 'missing' | 'unreadable'; value: string }[];
}

const CLOCK = /^(\d{1,2}):(\d{2})$/;

/** The calendar day an instant falls on in `timeZone`, `2026-11-23`. */
export function wallDay(date: Date, timeZone: string): string {
  return new Date(date.getTime() + zoneOffsetMs(date.getTime(), timeZone)).toISOString().slice(0, 10);
}

/** `update-2026-11-23-1405`: the anchor a time gives, in the site zone, so it never moves when updates arrive. */
export function timeAnchor(date: Date, timeZone: string): string {
  const iso = new Date(date.getTime() + zoneOffsetMs(date.getTime(), timeZone)).toISOString();
  return `update-${iso.slice(0, 10)}-${iso.slice(11, 13)}${iso.slice(14, 16)}`;
}

/**
 * Reads every update's time, in file order: a full date and time as `published` takes, or `HH:MM`
 * alone, meaning that time on the day of the update above it (the first: the day coverage started).
 * Anchors from times take `-2`, `-3` … in file order when a minute is used twice, or an id written.
 */
export function readUpdates(sources: readonly UpdateSource[], start: Date | undefined, timeZone: string): ReadUpdates {
  const faults: ReadUpdates['faults'] = [];
  let day = start && wallDay(start, timeZone);
  const times = sources.map((s, index) => {
    const value = s.time?.trim() ?? '';
    if (!value) return void faults.push({ index, fault: 'missing', value });
    const clock = CLOCK.exec(value);
    const text = clock && day ? `${day} ${clock[1]!.padStart(2, '0')}:${clock[2]}` : value;
    const reading = readDateTime(text, timeZone);
    if (reading.kind !== 'date') return void faults.push({ index, fault: 'unreadable', value });
    day = wallDay(reading.date, timeZone);
    return reading.date;
  });
  const taken = new Set(sources.flatMap((s) => (s.id ? [s.id] : [])));
  const updates = sources.map((s, i): LiveUpdate | undefined => {
    const time = times[i];
    if (!time) return undefined;
    let anchor = s.id;
    if (!anchor) {
      const base = timeAnchor(time, timeZone);
      anchor = base;
      for (let n = 2; taken.has(anchor); n++) anchor = `${base}-${n}`;
      taken.add(anchor);
    }
    return { anchor, time, headline: s.headline, by: s.by, text: s.text, line: s.line };
  });
  return { updates, faults };
}

/** The updates as a page lists them: newest first; of two at the same minute, the one lower in the file. */
export function newestUpdatesFirst<T extends { time: Date }>(updates: readonly T[]): T[] {
  return updates
    .map((u, i) => [u, i] as const)
    .sort(([a, i], [b, j]) => b.time.getTime() - a.time.getTime() || j - i)
    .map(([u]) => u);
}
