/**
 * Ghost's dates as ISO 8601 in UTC (`2021-03-24T04:34:10Z`). Ghost stores UTC throughout; exports
 * write ISO strings (Ghost 1+), epoch milliseconds (0.x) or, in hand-edited files, `YYYY-MM-DD HH:MM:SS`
 * as the database shows it, which is UTC too.
 */

const DATABASE_FORM = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/;

/** A Ghost date as ISO 8601 with `Z`, or undefined when it is missing or unreadable. */
export function isoDate(value: unknown): string | undefined {
  let ms: number;
  if (typeof value === 'number') ms = value;
  else if (typeof value === 'string') {
    const written = value.trim();
    if (written === '') return undefined;
    if (/^\d{9,}$/.test(written)) ms = Number(written);
    else ms = Date.parse(DATABASE_FORM.test(written) ? `${written.replace(' ', 'T')}Z` : written);
  } else return undefined;
  if (!Number.isFinite(ms)) return undefined;
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString().replace(/\.000Z$/, 'Z');
}
