/**
 * Dates are written by editors in the site's own time zone. A bare YAML date would be midnight UTC
 * (the classic off-by-one day), so we parse the text ourselves and convert with an explicit zone.
 */

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$/;
const WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

// Making an Intl.DateTimeFormat costs far more than using one, and a build formats dates by the
// hundred thousand: keep one per set of options.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.DateTimeFormat(locale, options)));
  return f;
}

/** Offset of `timeZone` from UTC at the instant `utcMs`, in milliseconds. */
export function zoneOffsetMs(utcMs: number, timeZone: string): number {
  const parts = formatter('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(utcMs));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return asUtc - Math.floor(utcMs / 1000) * 1000;
}

/**
 * Parses `YYYY-MM-DD`, `YYYY-MM-DD HH:mm[:ss]` (site-local) or ISO 8601 with an offset.
 * Returns undefined for text that is not such a date or names an impossible day (Feb 30).
 */
export function parseLocalDateTime(text: string, timeZone: string): Date | undefined {
  const trimmed = text.trim();
  if (WITH_OFFSET.test(trimmed)) {
    const date = new Date(trimmed);
    return Number.isNaN(date.getTime()) || !sameCalendarDay(trimmed) ? undefined : date;
  }
  const m = LOCAL.exec(trimmed);
  if (!m) return undefined;
  const [y, mo, d, h = '0', mi = '0', s = '0'] = m.slice(1).map((v) => v ?? '0');
  const wall = Date.UTC(+y!, +mo! - 1, +d!, +h, +mi, +s);
  const check = new Date(wall);
  if (check.getUTCMonth() !== +mo! - 1 || check.getUTCDate() !== +d! || +h > 23 || +mi > 59 || +s > 59) {
    return undefined;
  }
  // Two passes settle the offset across a DST change.
  let utc = wall - zoneOffsetMs(wall, timeZone);
  utc = wall - zoneOffsetMs(utc, timeZone);
  return new Date(utc);
}

function sameCalendarDay(iso: string): boolean {
  const [y, mo, d] = iso.slice(0, 10).split('-').map(Number);
  const check = new Date(Date.UTC(y!, mo! - 1, d!));
  return check.getUTCMonth() === mo! - 1 && check.getUTCDate() === d;
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
