import { zoneOffsetMs } from './zone-offset.ts';

const MINUTE = 60_000;
const DAY = 86_400_000;

/**
 * The forms a date is read in: the house ones (`2026-11-23`, `2026-11-23 08:15` in the site zone,
 * `2026-11-23T08:15:00-05:00`) and those archives hold: Jekyll's `2013-07-29 1:12:58 -0400`, Go's
 * (Hugo's) `2020-04-09 19:00:00 +0000 UTC`. A zone name after a numeric offset is ignored (the number
 * says it exactly); alone, only `UTC` and `GMT` are read, since names like IST mean several zones.
 */
const FORM =
  /^(\d{4})-(\d{2})-(\d{2})(?:(?:T|[ \t]+)(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:[ \t]*(Z|[+-]\d{2}(?::?\d{2})?))?(?:[ \t]+([A-Z]{2,5}))?)?$/;
const HOUSE = /^\d{4}-\d{2}-\d{2}(?: \d{2}:\d{2}|T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2}))?$/;

/** A date and time as a clock on the wall shows it, with no zone: UTC fields of a `Date` number. */
export type WallTime = number;

/** What a written date means. */
export type DateReading =
  | { kind: 'invalid' }
  /** A site-zone time the clocks skip (spring forward): the last minute before the jump and the first after. */
  | { kind: 'gap'; wall: WallTime; lastBefore: WallTime; firstAfter: WallTime }
  | {
      kind: 'date';
      date: Date;
      wall: WallTime;
      /** The offset written in the text, in ms, if one was. */
      written?: number | undefined;
      /** When a site-zone time is shown twice (clocks go back): both offsets, first reading first; `date` is the first. */
      twice?: [number, number] | undefined;
      /** Whether the text is already in a house form. */
      house: boolean;
    };

/** Reads a date as written, in `timeZone` unless it carries an offset. */
export function readDateTime(text: string, timeZone: string): DateReading {
  const trimmed = text.trim();
  const m = FORM.exec(trimmed);
  if (!m) return { kind: 'invalid' };
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map((v) => Number(v ?? 0)) as [number, number, number, number, number, number];
  const wall = Date.UTC(y, mo - 1, d, h, mi, s);
  const check = new Date(wall);
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) return { kind: 'invalid' };
  const house = HOUSE.test(trimmed);
  const written = offsetOf(m[7], m[8]);
  if (written === null) return { kind: 'invalid' };
  if (written !== undefined) return { kind: 'date', date: new Date(wall - written), wall, written, house };
  return inZone(wall, timeZone, house);
}

// Undefined when no offset is written; null when what is written is not one.
function offsetOf(numeric: string | undefined, name: string | undefined): number | undefined | null {
  if (numeric === undefined) return name === undefined ? undefined : name === 'UTC' || name === 'GMT' ? 0 : null;
  if (numeric === 'Z') return 0;
  const [, sign, hh = '0', mm = '0'] = /^([+-])(\d{2}):?(\d{2})?$/.exec(numeric) ?? [];
  if (+hh > 18 || +mm > 59) return null;
  return (sign === '-' ? -1 : 1) * (+hh * 60 + +mm) * MINUTE;
}

function inZone(wall: WallTime, timeZone: string, house: boolean): DateReading {
  // The zone's offsets either side of the day: two around a clock change, else one.
  const offsets = [...new Set([zoneOffsetMs(wall - DAY, timeZone), zoneOffsetMs(wall + DAY, timeZone)])];
  // The offsets at which the clock shows this wall time; the larger offset is the earlier instant.
  const fits = offsets.filter((o) => zoneOffsetMs(wall - o, timeZone) === o).sort((a, b) => b - a);
  const [first, second] = fits;
  if (first !== undefined) {
    const twice = second === undefined ? undefined : ([first, second] as [number, number]);
    return { kind: 'date', date: new Date(wall - first), wall, twice, house };
  }
  // Skipped: find the minute the clocks jump, between the two readings.
  const [low, high] = [Math.min(...offsets), Math.max(...offsets)];
  const before = zoneOffsetMs(wall - high, timeZone);
  let jump = wall - high;
  while (jump < wall - low && zoneOffsetMs(jump, timeZone) === before) jump += MINUTE;
  return { kind: 'gap', wall, lastBefore: jump - MINUTE + before, firstAfter: jump + zoneOffsetMs(jump, timeZone) };
}

const two = (n: number) => String(n).padStart(2, '0');

/** `2026-11-23 08:15` (with `:ss` when the seconds are not zero): the house form of a wall time. */
export function wallText(wall: WallTime): string {
  const iso = new Date(wall).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, iso.slice(17, 19) === '00' ? 16 : 19)}`;
}

/** An offset as ISO 8601 writes it, e.g. `+01:00`, `-05:00`. */
export function offsetText(ms: number): string {
  const abs = Math.abs(ms) / MINUTE;
  return `${ms < 0 ? '-' : '+'}${two(Math.floor(abs / 60))}:${two(abs % 60)}`;
}

/** The house form of a wall time with its offset, e.g. `2020-04-09T19:00-05:00`. */
export function withOffsetText(wall: WallTime, offset: number): string {
  return `${wallText(wall).replace(' ', 'T')}${offsetText(offset)}`;
}
