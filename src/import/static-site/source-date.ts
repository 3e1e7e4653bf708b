import { offsetText, readDateTime } from '../../model/date-reading.ts';
import { zoneOffsetMs } from '../../model/zone-offset.ts';

/** A date read from front matter or a file name. */
export interface SourceDate {
  /** ISO 8601 with the offset written, or the zone's: `2019-04-02T09:30:00-05:00`. */
  iso: string;
  /** The instant, in ms since the epoch. */
  instant: number;
  /** The wall clock in that offset, as UTC fields of a Date (what permalinks' `:year`, `:day` use). */
  wall: Date;
}

const DAY = 86_400_000;

/**
 * Reads a date as Hugo and Jekyll sites write it: `2019-04-02`, `2019-04-02T09:30:00-05:00`,
 * `2019-04-02 09:30:00 -0500`, `2019-4-2 9:30`, `…Z`, TOML datetimes and YAML timestamps (which
 * parsers may hand over as Date objects). A date without an offset is in `timeZone`. Undefined when
 * there is no value; `'invalid'` when there is one and it is not a date.
 */
export function readSourceDate(value: unknown, timeZone: string): SourceDate | 'invalid' | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const written = dateText(value);
  if (written === undefined) return 'invalid';
  const reading = readDateTime(written, timeZone);
  if (reading.kind === 'invalid') return 'invalid';
  if (reading.kind === 'gap') {
    // A wall time the clocks skip: Go (Hugo) and Ruby (Jekyll) read it with the offset before the
    // change, which puts it as far past the jump as it was written past the hour.
    const instant = reading.wall - zoneOffsetMs(reading.wall - DAY, timeZone);
    return at(instant, zoneOffsetMs(instant, timeZone));
  }
  const instant = reading.date.getTime();
  return at(instant, reading.written ?? reading.wall - instant);
}

function at(instant: number, offset: number): SourceDate {
  const wall = new Date(instant + offset);
  return { iso: `${wall.toISOString().slice(0, 19)}${offsetText(offset)}`, instant, wall };
}

/** The value as text `readDateTime` reads, with one-digit months, days and hours given two. */
function dateText(value: unknown): string | undefined {
  // smol-toml's TomlDate writes itself back as it was written (a local datetime without offset);
  // a plain Date (a YAML 1.1 timestamp) is an instant, written in UTC.
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString();
  if (typeof value !== 'string') return undefined;
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:([Tt]|[ \t]+)(\d{1,2})(:.*))?$/.exec(value.trim());
  if (!m) return undefined;
  const two = (n: string) => n.padStart(2, '0');
  const time = m[5] === undefined ? '' : `${m[4]!.toUpperCase()}${two(m[5])}${m[6]!.replace(/z$/, 'Z')}`;
  return `${m[1]}-${two(m[2]!)}-${two(m[3]!)}${time}`;
}
