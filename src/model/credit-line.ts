/** Structured photo credit parts as parsed from a one-line credit. */
export interface CreditParts {
  source?: string | undefined;
  photographer?: string | undefined;
  location?: string | undefined;
  /** ISO "YYYY-MM-DD" when a date was recognised. */
  date?: string | undefined;
  caption?: string | undefined;
}

/** Either the parsed parts or a message an editor can act on. */
export type CreditParseResult = { ok: true; value: CreditParts } | { ok: false; message: string };

const EXPECTED = 'Expected a credit like "Agency – PLACE – Mon D, YYYY: caption — Photo by Name".';
const MONTHS = [
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
const AGENCIES = new Set([
  'ap',
  'associated press',
  'reuters',
  'afp',
  'getty images',
  'epa',
  'shutterstock',
  'depositphotos',
  'alamy',
  'pa',
  'pa images',
  'bloomberg',
  'dpa',
  'anp',
  'xinhua',
  'anadolu',
  'istock',
  'unsplash',
  'pexels',
  'wikimedia commons',
  'nurphoto',
  'sopa images',
  'zuma',
  'sipa',
]);

/** Returns the agency name as written (minus a trailing "Photo") when it is a known supplier. */
function knownAgency(name: string): string | undefined {
  const bare = name.replace(/\s+photos?$/i, '');
  return AGENCIES.has(bare.toLowerCase()) ? bare : undefined;
}

function monthIndex(word: string): number {
  const w = word.toLowerCase();
  // Accept "Dec", "Sept", "December", but not one- or two-letter fragments that match anything.
  return w.length < 3 ? -1 : MONTHS.findIndex((m) => m.startsWith(w));
}

/** ISO date, 'invalid' when it is shaped like a date but cannot exist, or undefined. */
function parseDate(text: string): string | 'invalid' | undefined {
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
  // Date.UTC rolls Feb 30 into March, so a round-trip check rejects impossible days.
  const probe = new Date(Date.UTC(y, m - 1, d));
  if (m < 1 || m > 12 || probe.getUTCMonth() !== m - 1 || probe.getUTCDate() !== d) return 'invalid';
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * Splits a bare credit such as "AP Photo/Jane Doe", "Jane Doe/Reuters", "Jane Doe for The Courier"
 * or "© 2024 Jane Doe". `lone` decides what a single unknown name is, since that depends on context.
 */
function splitCredit(raw: string, lone: 'source' | 'photographer'): Pick<CreditParts, 'source' | 'photographer'> {
  let text = raw.replace(/^\((.*)\)$/, '$1').trim();
  const copyright = /^(?:©|\(c\)|copyright\b)/i.test(text);
  text = text.replace(/^(?:©|\(c\)|copyright\b)\s*(?:\d{4}\b\s*)?/i, '').trim();
  const photoSlash = text.match(/^(.+?)\s+photos?\s*\/\s*(.+)$/i);
  if (photoSlash) return { source: photoSlash[1]!, photographer: photoSlash[2]! };
  const slash = text.match(/^(.+?)\s*\/\s*(.+)$/);
  if (slash) {
    const [a, b] = [slash[1]!, slash[2]!];
    const agencyA = knownAgency(a);
    // Unknown on both sides: "Name/Agency" is the common newsroom convention.
    return agencyA && !knownAgency(b) ? { source: agencyA, photographer: b } : { source: knownAgency(b) ?? b, photographer: a };
  }
  const forMatch = text.match(/^(.+?)\s+for\s+(.+)$/i);
  if (forMatch) return { photographer: forMatch[1]!, source: forMatch[2]! };
  const agency = knownAgency(text);
  if (agency) return { source: agency };
  if (!text) return {};
  return copyright || lone === 'photographer' ? { photographer: text } : { source: text };
}

/**
 * Parses a one-line photo credit from an agency or wire service into structured parts.
 * Impossible dates (e.g. "Feb 30, 2023") fail rather than being silently dropped, so an
 * editor fixes the credit instead of publishing a wrong one.
 */
export function parseCreditLine(line: string): CreditParseResult {
  let text = line.replace(/\s+/g, ' ').trim().replace(/\.$/, '').trim();
  while (/^(?:credit|photo|photograph|image|picture)s?\s*:/i.test(text)) {
    text = text.replace(/^[^:]*:\s*/, '');
  }
  if (!text) return { ok: false, message: `The credit line is empty. ${EXPECTED}` };
  const value: CreditParts = {};

  const leadingBy = text.match(/^photo(?:graph)?\s+by\s+(.+)$/i);
  if (leadingBy) {
    Object.assign(value, splitCredit(leadingBy[1]!, 'photographer'));
    return { ok: true, value };
  }
  const tail = text.match(/\s[–—-]\s(?:photo(?:graph)?\s+by\s|photo:)\s*(.+)$/i);
  if (tail) {
    Object.assign(value, splitCredit(tail[1]!, 'photographer'));
    text = text.slice(0, tail.index).trim();
  }

  // Captions can contain dashes, so the first ": " is what ends the metadata.
  const colon = text.indexOf(': ');
  const meta = colon >= 0 ? text.slice(0, colon) : text;
  const caption = colon >= 0 ? text.slice(colon + 2).trim() : '';
  if (caption) value.caption = caption;

  let source: string | undefined;
  const places: string[] = [];
  for (const segment of meta
    .split(/\s[–—-]\s/)
    .map((s) => s.trim())
    .filter(Boolean)) {
    const date = parseDate(segment);
    if (date === 'invalid') return { ok: false, message: `"${segment}" is not a real date. ${EXPECTED}` };
    if (date) value.date = date;
    // An all-caps "CITY, COUNTRY" is a dateline even when no agency precedes it.
    else if (source === undefined && !/^[^a-z]+,[^a-z]+$/.test(segment)) source = segment;
    else places.push(segment);
  }
  if (places.length) value.location = places.join(' – ');
  if (source !== undefined) {
    const head = splitCredit(source, 'source');
    // The dateline's agency wins over one named after "Photo by"; the byline wins for the person.
    if (head.source) value.source = head.source;
    if (head.photographer && !value.photographer) value.photographer = head.photographer;
  }
  if (!value.source && !value.photographer) {
    return { ok: false, message: `The credit names no agency or photographer. ${EXPECTED}` };
  }
  return { ok: true, value };
}

/** Formats an ISO date as "Dec 22, 2015" from its digits, avoiding any time-zone shift. */
function formatDate(iso: string): string {
  const m = iso.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  if (!m || !month) return iso;
  return `${month[0]!.toUpperCase()}${month.slice(1, 3)} ${Number(m[3])}, ${m[1]}`;
}

/**
 * The line a reader sees after "Credit: ", caption not included,
 * e.g. "DepositPhotos – JERUSALEM, ISRAEL – Dec 22, 2015 — Photo by palinchak".
 */
export function formatCredit(c: CreditParts): string {
  const lead = [c.source, c.location, c.date && formatDate(c.date)].filter(Boolean).join(' – ');
  if (!c.photographer) return lead;
  return lead ? `${lead} — Photo by ${c.photographer}` : `Photo by ${c.photographer}`;
}
