import { offsetText, readDateTime, wallText, withOffsetText } from '../model/date-reading.ts';

/** One change `npm run check -- --fix` made, said the way the checker says problems. */
export interface Fix {
  line: number;
  message: string;
}

const FENCE = /^---[ \t]*$/;
const CODE_FENCE = /^ {0,3}(```|~~~)/;
// `published`, `updated`, and the `date` of a correction or a credit (`  - date: …`, `    date: …`).
const DATE_FIELD = /^(\s*(?:-\s+)?)(published|updated|date):([ \t]*)(.*?)([ \t]+#.*)?$/;
const LOOSE_DATE =
  /^(?<y>\d{4})[-/.](?<mo>\d{1,2})[-/.](?<d>\d{1,2})(?:(?:[ \t]+|T)(?<h>\d{1,2})[:.](?<mi>\d{2})(?::(?<s>00))?)?$/;

/**
 * Fixes only what cannot change what readers see: trailing spaces (keeping Markdown's two-space
 * line breaks) and dates written in an unambiguous but non-house form (`2026-11-3 9:05`,
 * `2026/11/03T09:05:00`, quoted) rewritten as `2026-11-03 09:05`; archive forms with an offset
 * (`2013-07-29 1:12:58 -0400`) as `2013-07-29T01:12:58-04:00`, keeping the offset, which says
 * something on purpose; a time the clocks show twice given the offset of the reading used. `kind` is `article` (frontmatter + Markdown)
 * or `yaml` (an author file).
 */
export function fixSource(text: string, kind: 'article' | 'yaml', timeZone: string): { text: string; fixes: Fix[] } {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.split(/\r?\n/);
  const fixes: Fix[] = [];
  const frontmatterEnd = kind === 'yaml' ? lines.length : FENCE.test(lines[0]?.replace(/^\uFEFF/, '') ?? '') ? closing(lines) : 0;
  let trimmed = 0;
  let inCode = false;
  const out = lines.map((line, i) => {
    const inBody = i > frontmatterEnd;
    if (inBody && CODE_FENCE.test(line)) inCode = !inCode;
    let next = line;
    if (!inCode || !inBody) {
      const hardBreak = inBody && / {2,}$/.test(line) && line.trim() !== '' && (lines[i + 1] ?? '').trim() !== '';
      if (!hardBreak) next = line.replace(/[ \t]+$/, '');
    }
    if (next !== line) trimmed++;
    if (i > 0 && i < frontmatterEnd && kind === 'article') {
      const fixed = fixDateLine(next, timeZone);
      if (fixed) {
        const note = fixed.note ? `: ${fixed.note}` : '';
        fixes.push({ line: i + 1, message: `${fixed.field}: \`${fixed.from}\` → \`${fixed.to}\`${note}` });
        next = fixed.line;
      }
    }
    return next;
  });
  while (out.length > 1 && out.at(-1) === '' && out.at(-2) === '') out.pop();
  if (out.at(-1) !== '') out.push('');
  if (trimmed) fixes.unshift({ line: 1, message: `removed trailing spaces on ${trimmed} line${trimmed === 1 ? '' : 's'}` });
  const result = out.join(eol);
  if (result !== text && !fixes.length) fixes.push({ line: lines.length, message: 'ended the file with one newline' });
  return { text: result, fixes };
}

function closing(lines: readonly string[]): number {
  const end = lines.findIndex((l, i) => i > 0 && FENCE.test(l));
  return end < 0 ? 0 : end;
}

function fixDateLine(line: string, timeZone: string) {
  const m = DATE_FIELD.exec(line);
  if (!m) return undefined;
  const [, indent = '', field = '', space = ' ', raw = '', comment = ''] = m;
  const unquoted = (/^(['"])(.*)\1$/.exec(raw)?.[2] ?? raw).trim();
  const fixed = houseForm(unquoted, timeZone);
  if (!fixed || fixed.to === raw) return undefined;
  return { field, from: raw, ...fixed, line: `${indent}${field}:${space || ' '}${fixed.to}${comment}` };
}

/**
 * The house form of a date that means one instant, or undefined to leave it to the checker. A site-zone
 * time the clocks show twice gets the offset of the reading the site already used (the first), and the
 * note says how to pick the other: the fix makes the choice visible rather than making it.
 */
function houseForm(text: string, timeZone: string): { to: string; note?: string } | undefined {
  const loose = looseForm(text);
  const reading = readDateTime(loose ?? text, timeZone);
  if (reading.kind !== 'date') return undefined;
  if (reading.twice) {
    const [first, second] = reading.twice;
    const time = wallText(reading.wall).slice(11);
    const note = `${time} happens twice that night in ${timeZone}; this is the first (${offsetText(first)}), as before; for the second write ${offsetText(second)}`;
    return { to: withOffsetText(reading.wall, first), note };
  }
  // An offset says something on purpose: kept, in the house form (`2020-04-09T19:00-05:00`).
  if (reading.written !== undefined) return reading.house ? undefined : { to: withOffsetText(reading.wall, reading.written) };
  return loose ? { to: loose } : undefined;
}

/** `2026-11-3 9:05`, `2026/11/03T09:05:00` as `2026-11-03 09:05`; days as `2026-11-03`. */
function looseForm(text: string): string | undefined {
  const parts = LOOSE_DATE.exec(text)?.groups;
  if (!parts) return undefined;
  const pad = (v: string | undefined) => (v ?? '0').padStart(2, '0');
  const day = `${parts['y']}-${pad(parts['mo'])}-${pad(parts['d'])}`;
  return parts['h'] === undefined ? day : `${day} ${pad(parts['h'])}:${parts['mi']}`;
}
