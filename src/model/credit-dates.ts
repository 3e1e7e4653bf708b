/** Dates as photo credits and captions write them: "Feb 14, 2023", "14 February 2023", "Feb. 14". */

/** English month names, lower case, January first. */
export const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

function monthIndex(word: string): number {
  const w = word.toLowerCase();
  // Accept "Dec", "Sept", "December", but not one- or two-letter fragments that match anything.
  return w.length < 3 ? -1 : MONTHS.findIndex((m) => m.startsWith(w));
}

const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** Date.UTC rolls Feb 30 into March, so a round trip tells a real day from an impossible one. */
function exists(y: number, m: number, d: number): boolean {
  const probe = new Date(Date.UTC(y, m - 1, d));
  return m >= 1 && m <= 12 && probe.getUTCFullYear() === y && probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d;
}

/** A whole credit segment read as a date: ISO, 'invalid' when it is shaped like a date but cannot exist, or undefined. */
export function parseDate(text: string): string | 'invalid' | undefined {
  let y: number, m: number, d: number;
  let match: RegExpMatchArray | null;
  if ((match = text.match(/^(\d{4})-(\d{2})-(\d{2})$/))) {
    [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else if ((match = text.match(/^([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$/))) {
    [y, m, d] = [Number(match[3]), monthIndex(match[1]!) + 1, Number(match[2])];
    if (m === 0) return undefined;
  } else if ((match = text.match(/^(\d{1,2})\s+([A-Za-z]+)\.?,?\s+(\d{4})$/))) {
    [y, m, d] = [Number(match[3]), monthIndex(match[2]!) + 1, Number(match[1])];
    if (m === 0) return undefined;
  } else {
    return undefined;
  }
  return exists(y, m, d) ? iso(y, m, d) : 'invalid';
}

// Capitalised month names only: in running prose "may" is a verb far more often than a month.
const MONTH =
  '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const YEAR = '(?:,?\\s+(\\d{4})(?!\\d))?';
const MONTH_DAY = new RegExp(`\\b${MONTH}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)${YEAR}`, 'g');
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}\\b\\.?${YEAR}`, 'g');
const ISO_DAY = /\b(\d{4})-(\d{2})-(\d{2})\b/g;

/**
 * The first real date a caption mentions ("on February 14, 2023", "14 February 2023", "Feb. 14").
 * A date without a year takes the year that puts it nearest `near` (the story's day), so "Dec. 30"
 * in a story of January 3 is last December; with no `near` such a date is not guessed.
 */
export function dateInText(text: string, near?: string): string | undefined {
  const found = [
    ...[...text.matchAll(MONTH_DAY)].map((m) => ({ at: m.index, m: m[1]!, d: m[2]!, y: m[3] })),
    ...[...text.matchAll(DAY_MONTH)].map((m) => ({ at: m.index, m: m[2]!, d: m[1]!, y: m[3] })),
    ...[...text.matchAll(ISO_DAY)].map((m) => ({ at: m.index, m: m[2]!, d: m[3]!, y: m[1] })),
  ].sort((a, b) => a.at - b.at);
  const nearYear = near ? Number(near.slice(0, 4)) : undefined;
  for (const f of found) {
    const m = /^\d+$/.test(f.m) ? Number(f.m) : monthIndex(f.m) + 1;
    const d = Number(f.d);
    if (f.y) {
      if (exists(Number(f.y), m, d)) return iso(Number(f.y), m, d);
    } else if (near && nearYear) {
      const nearest = [nearYear - 1, nearYear, nearYear + 1]
        .filter((y) => exists(y, m, d))
        .map((y) => iso(y, m, d))
        .sort((a, b) => distance(a, near) - distance(b, near))[0];
      if (nearest) return nearest;
    }
  }
  return undefined;
}

const distance = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b.slice(0, 10)));

/** Formats an ISO date as "Dec 22, 2015" from its digits, avoiding any time-zone shift. */
export function formatCreditDate(date: string): string {
  const m = date.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  if (!m || !month) return date;
  return `${month[0]!.toUpperCase()}${month.slice(1, 3)} ${Number(m[3])}, ${m[1]}`;
}
