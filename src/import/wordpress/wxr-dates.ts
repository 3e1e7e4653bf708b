import { parseLocalDateTime, toZonedIso } from '../../model/dates.ts';
import { zoneOffsetMs } from '../../model/zone-offset.ts';

/**
 * WordPress writes each date twice: `wp:post_date` as the site's clock showed it and
 * `wp:post_date_gmt` in UTC. Their difference is the offset the site had that day, which is
 * truer than any zone we could guess (sites change zone; old posts keep theirs). A draft never
 * published has a GMT date of zeros: its wall time is read in the zone the editor names.
 */

const FORM = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/;
const MINUTE = 60_000;
const MAX_OFFSET = 14 * 60 * MINUTE;

/** `2025-11-03 09:15:00` as the UTC fields of a number; undefined for zeros or anything else. */
function wallMs(text: string | undefined): number | undefined {
  const m = FORM.exec(text?.trim() ?? '');
  if (!m) return undefined;
  const [y, mo, d, h, mi, s] = m.slice(1).map((v) => Number(v ?? 0)) as [number, number, number, number, number, number];
  if (y === 0 || mo === 0 || d === 0) return undefined;
  const ms = Date.UTC(y, mo - 1, d, h, mi, s);
  const check = new Date(ms);
  return check.getUTCMonth() === mo - 1 && check.getUTCDate() === d ? ms : undefined;
}

function withOffset(wall: number, offset: number): string {
  const sign = offset < 0 ? '-' : '+';
  const minutes = Math.abs(offset) / MINUTE;
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return `${new Date(wall).toISOString().slice(0, 19)}${sign}${hh}:${mm}`;
}

/**
 * ISO 8601 with its offset for a WordPress date pair (`wp:post_date`, `wp:post_date_gmt`), or
 * undefined when there is no usable date. Without a usable GMT date the wall time is read in
 * `timeZone`; a time the clocks skipped there is taken with the offset in force just before.
 */
export function wordpressDate(local: string | undefined, gmt: string | undefined, timeZone: string): string | undefined {
  const wall = wallMs(local);
  if (wall === undefined) return undefined;
  const utc = wallMs(gmt);
  if (utc !== undefined) {
    const offset = wall - utc;
    if (Math.abs(offset) <= MAX_OFFSET && offset % MINUTE === 0) return withOffset(wall, offset);
  }
  const date = parseLocalDateTime(new Date(wall).toISOString().slice(0, 19).replace('T', ' '), timeZone);
  if (date) return toZonedIso(date, timeZone);
  const before = zoneOffsetMs(wall - zoneOffsetMs(wall, timeZone) - 3_600_000, timeZone);
  return withOffset(wall, before);
}

/** First publication and, when later, last update of a post, from its `wp:post_*` fields. */
export function postDates(fields: ReadonlyMap<string, string>, timeZone: string): { published?: string; updated?: string } {
  const published = wordpressDate(fields.get('wp:post_date'), fields.get('wp:post_date_gmt'), timeZone);
  const modified = wordpressDate(fields.get('wp:post_modified'), fields.get('wp:post_modified_gmt'), timeZone);
  if (!published) return {};
  if (!modified || Date.parse(modified) <= Date.parse(published)) return { published };
  return { published, updated: modified };
}
