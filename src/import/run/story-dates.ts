import { toZonedIso } from '../../model/dates.ts';

// The form the checker reads exactly, offset included: kept as the source gave it.
const HOUSE = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:[+-]\d\d:\d\d|Z)$/;

/** A source date (ISO 8601 with an offset) as a frontmatter date; undefined when it is not one. */
export function frontmatterDate(iso: string | undefined, timezone: string): string | undefined {
  if (!iso) return undefined;
  if (HOUSE.test(iso) && !Number.isNaN(Date.parse(iso))) return iso;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? undefined : toZonedIso(date, timezone);
}

/** `articles/2019/04/<id>.md`: stories filed by year and month, as archives are browsed. */
export function storyFile(id: string, published: string | undefined): string {
  const m = published ? /^(\d{4})-(\d\d)/.exec(published) : null;
  return m ? `articles/${m[1]}/${m[2]}/${id}.md` : `articles/undated/${id}.md`;
}

/** `updated` only when it says something: later than `published` (by more than a minute) and not in the future. */
export function meaningfulUpdate(published: string, updated: string | undefined, now: Date): string | undefined {
  if (!updated) return undefined;
  const at = Date.parse(updated);
  return at - Date.parse(published) > 60_000 && at <= now.getTime() ? updated : undefined;
}
