import { readDateTime } from './date-reading.ts';
import { formatter, zoneOffsetMs } from './zone-offset.ts';

/**
 * Dates are written by editors in the site's own time zone. A bare YAML date would be midnight UTC
 * (the classic off-by-one day), so we parse the text ourselves and convert with an explicit zone.
 */

/**
 * The instant a date as written means (see date-reading.ts for the forms): undefined for text that
 * is not a date, names an impossible day (Feb 30) or a time the clocks skip in `timeZone`. A time
 * the clocks show twice is the first of the two.
 */
export function parseLocalDateTime(text: string, timeZone: string): Date | undefined {
  const reading = readDateTime(text, timeZone);
  return reading.kind === 'date' ? reading.date : undefined;
}

/** ISO 8601 with the site zone's offset, e.g. `2026-11-23T08:15:00+00:00`, for `<time>` and JSON-LD. */
export function toZonedIso(date: Date, timeZone: string): string {
  const offset = zoneOffsetMs(date.getTime(), timeZone);
  const local = new Date(Math.floor(date.getTime() / 1000) * 1000 + offset);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset) / 60000;
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${local.toISOString().slice(0, 19)}${sign}${hh}:${mm}`;
}

/** Reader-facing date and time, always in the site zone whatever the machine's TZ. */
export function formatDateTime(date: Date, locale: string, timeZone: string, monthStyle: 'long' | 'short' = 'long'): string {
  return formatter(locale, {
    timeZone,
    day: 'numeric',
    month: monthStyle,
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(date);
}

/** Reader-facing day, e.g. "23 November 2026". */
export function formatDate(date: Date, locale: string, timeZone: string, dateStyle: 'full' | 'long' | 'medium' = 'long'): string {
  return formatter(locale, { timeZone, dateStyle }).format(date);
}
