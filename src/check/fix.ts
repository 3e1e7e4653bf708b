import { parseLocalDateTime } from '../model/dates.ts';

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
 * `2026/11/03T09:05:00`, quoted) rewritten as `2026-11-03 09:05`. Offsets and bare days are left
 * alone: they are valid and say something on purpose. `kind` is `article` (frontmatter + Markdown)
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
        fixes.push({ line: i + 1, message: `${fixed.field}: \`${fixed.from}\` → \`${fixed.to}\`` });
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
  const unquoted = /^(['"])(.*)\1$/.exec(raw)?.[2] ?? raw;
  const parts = LOOSE_DATE.exec(unquoted.trim())?.groups;
  if (!parts) return undefined;
  const pad = (v: string | undefined) => (v ?? '0').padStart(2, '0');
  const day = `${parts['y']}-${pad(parts['mo'])}-${pad(parts['d'])}`;
  const to = parts['h'] === undefined ? day : `${day} ${pad(parts['h'])}:${parts['mi']}`;
  // Only rewrite to something the checker reads as the same real date; leave the rest to its error.
  if (to === raw || !parseLocalDateTime(to, timeZone)) return undefined;
  return { field, from: raw, to, line: `${indent}${field}:${space || ' '}${to}${comment}` };
}
