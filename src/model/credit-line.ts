import { dateInText, formatCreditDate, parseDate } from './credit-dates.ts';
import { splitCredit } from './credit-names.ts';

/** Structured photo credit parts as parsed from a one-line credit. */
export interface CreditParts {
  source?: string | undefined;
  photographer?: string | undefined;
  location?: string | undefined;
  /** ISO "YYYY-MM-DD" when a date was recognised. */
  date?: string | undefined;
  caption?: string | undefined;
  /** The copyright notice as written, when the credit is one ("© 2024 Jane Doe"). */
  copyright?: string | undefined;
}

/** Either the parsed parts or a message an editor can act on. */
export type CreditParseResult = { ok: true; value: CreditParts } | { ok: false; message: string };

const EXPECTED = 'Expected a credit like "Agency – PLACE – Mon D, YYYY: caption — Photo by Name".';

/**
 * The label that opens a credit line: `Credit:`, `Credits:`, `Photo:`, `Photos:`, `Picture:`,
 * `Image:`, in any case, also in bold (`**Credit:**`). Shared with the body syntax, so a line the
 * parser reads is a line the body accepts under a photo.
 */
export const CREDIT_LABEL = /^(?:\*\*|__)?\s*(?:credit|photo(?:graph)?|picture|image)s?\s*(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*/i;

/** A line that is a credit without any label: a byline or a copyright notice. */
export const UNLABELLED_CREDIT = /^(?:(?:staff|file|handout)\s+)?photo(?:graph)?\s+by\s|^(?:©|\(c\)\s|copyright\s)/i;

// "— Photo by Name" after a caption, or "(AP Photo/Name)" / "(Photo by Name/Getty Images)" closing it.
const BYLINE_TAIL = /(?:\s[–—-]\s|(?<=[.!?"”])\s+)(?:photo(?:graph)?\s+by\s|photos?:\s)\s*(.+)$/i;
const PAREN_TAIL = /\s\(((?:photo(?:graph)?\s+by\s+)?[^()]*(?:\/|\bphoto\b)[^()]*)\)$/i;
const LEADING_BYLINE = /^(?:(?:staff|file|handout)\s+)?photo(?:graph)?\s+by\s+(.+)$/i;
const COURTESY = /^(?:(?:photo|image|picture)s?\s+)?courtesy\s+(?:of\s+)?(?:the\s+)?(.+)$/i;

// Words a place name may have in lower case ("Isle of Man", "Stratford upon Avon"), or a supplier's ("AFP via Getty Images").
const PARTICLES = new Set([
  'of',
  'upon',
  'on',
  'de',
  'du',
  'la',
  'le',
  'del',
  'der',
  'van',
  'von',
  'am',
  'an',
  'and',
  'the',
  'via',
  'for',
]);
/** A caption is a sentence: closing punctuation, or four words or more with ordinary lower-case ones. */
const isCaption = (s: string) => {
  const words = s.split(/\s+/);
  return /[.!?"”]$/.test(s) || (words.length >= 4 && words.some((w) => /^[a-z]/.test(w) && !PARTICLES.has(w)));
};
/** An all-caps "CITY, COUNTRY" is a dateline even when no agency precedes it. */
const isDateline = (s: string) => /^[^a-z]+,[^a-z]+$/.test(s);

/** The " – " separated parts of `text` with where each starts, so a caption keeps its own dashes. */
function segments(text: string): { text: string; at: number }[] {
  const out: { text: string; at: number }[] = [];
  let at = 0;
  for (const m of text.matchAll(/\s[–—-]\s/g)) {
    out.push({ text: text.slice(at, m.index).trim(), at });
    at = m.index + m[0].length;
  }
  out.push({ text: text.slice(at).trim(), at });
  return out.filter((s) => s.text);
}

/**
 * Parses a one-line photo credit from an agency or wire service into structured parts: the dateline
 * form "Agency – PLACE – Mon D, YYYY: caption — Photo by Name", the wire form "Agency – caption
 * sentence … on February 14, 2023. — Photo by Name" (the date read from the caption; `near`, the
 * story's day, gives a year to "Feb. 14"), and short credits such as "REUTERS/Jane Doe". Impossible
 * dates (e.g. "Feb 30, 2023") fail rather than being silently dropped.
 */
export function parseCreditLine(line: string, near?: string): CreditParseResult {
  let text = line.replace(/\s+/g, ' ').trim();
  while (CREDIT_LABEL.test(text)) text = text.replace(CREDIT_LABEL, '');
  text = text.replace(/\.$/, '').trim();
  if (!text) return { ok: false, message: `The credit line is empty. ${EXPECTED}` };
  const value: CreditParts = {};
  const leading = text.match(LEADING_BYLINE);
  if (leading) return { ok: true, value: splitCredit(leading[1]!, 'photographer') };
  const courtesy = text.match(COURTESY);
  if (courtesy) return { ok: true, value: { source: courtesy[1]! } };

  const tail = text.match(BYLINE_TAIL) ?? text.match(PAREN_TAIL);
  if (tail) {
    Object.assign(value, splitCredit(tail[1]!.replace(/^photo(?:graph)?\s+by\s+/i, ''), 'photographer'));
    text = text.slice(0, tail.index).trim();
  }

  // The dateline form ends its metadata at the first ": "; a caption sentence may hold one of its own.
  const colon = text.indexOf(': ');
  const head = colon >= 0 ? segments(text.slice(0, colon)) : [];
  if (colon >= 0 && !head.some((s) => isCaption(s.text))) {
    value.caption = text.slice(colon + 2).trim() || undefined;
    text = text.slice(0, colon);
  }

  let source: string | undefined;
  const places: string[] = [];
  for (const segment of segments(text)) {
    const date = parseDate(segment.text);
    if (date === 'invalid') return { ok: false, message: `"${segment.text}" is not a real date. ${EXPECTED}` };
    if (date) value.date = date;
    else if (value.caption === undefined && isCaption(segment.text)) {
      value.caption = text.slice(segment.at).trim();
      break;
    } else if (source === undefined && !isDateline(segment.text)) source = segment.text;
    else places.push(segment.text);
  }
  if (places.length) value.location = places.join(' – ');
  if (source !== undefined) {
    const named = splitCredit(source, 'source');
    // The dateline's agency wins over one named after "Photo by"; the byline wins for the person.
    if (named.source) value.source = named.source;
    if (named.photographer && !value.photographer) value.photographer = named.photographer;
    if (named.copyright && !value.copyright) value.copyright = named.copyright;
  }
  if (!value.date && value.caption) value.date = dateInText(value.caption, near);
  if (!value.date) delete value.date;
  if (!value.source && !value.photographer) {
    return { ok: false, message: `The credit names no agency or photographer. ${EXPECTED}` };
  }
  return { ok: true, value };
}

/** `credit` with the date its caption gives, for a credit parsed without the story's day to hand. */
export function withCaptionDate<T extends CreditParts>(credit: T | undefined, near: string): T | undefined {
  if (!credit || credit.date || !credit.caption) return credit;
  const date = dateInText(credit.caption, near);
  return date ? { ...credit, date } : credit;
}

/**
 * The line a reader sees after "Credit: ", caption not included,
 * e.g. "DepositPhotos – JERUSALEM, ISRAEL – Dec 22, 2015 — Photo by palinchak".
 */
export function formatCredit(c: CreditParts): string {
  const lead = [c.source, c.location, c.date && formatCreditDate(c.date)].filter(Boolean).join(' – ');
  if (!c.photographer) return lead;
  return lead ? `${lead} — Photo by ${c.photographer}` : `Photo by ${c.photographer}`;
}
