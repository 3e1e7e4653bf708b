/**
 * The paper's typography, for story bodies and frontmatter text alike: SmartyPants rules on plain
 * strings, as `retext-smartypants` applies them to its word, space and punctuation tokens: quotes
 * are decided on a whole story's text at once (a quote's direction can depend on the text of the
 * next link or emphasis), dashes and ellipses one text at a time.
 */

type Kind = 'word' | 'space' | 'mark';

const WORD = /[\p{L}\p{M}\p{N}]/u;
const SPACE = /\s/;
const kindOf = (c: string | undefined): Kind | undefined =>
  c === undefined ? undefined : SPACE.test(c) ? 'space' : WORD.test(c) ? 'word' : 'mark';

/** The token starting at `i`: a run of word characters, of spaces, or of one repeated mark. */
function tokenAt(s: string, i: number): { kind: Kind; value: string } | undefined {
  const kind = kindOf(s[i]);
  if (!kind) return undefined;
  let end = i + 1;
  while (end < s.length && (kind === 'mark' ? s[end] === s[i] : kindOf(s[end]) === kind)) end++;
  return { kind, value: s.slice(i, end) };
}

const TERMINAL = /[!.?\u2026\u203d]/;
const OPEN = { '"': '“', "'": '‘' } as const;
const CLOSE = { '"': '”', "'": '’' } as const;
type Quote = keyof typeof OPEN;

/**
 * Curls every lone straight quote in `text`, keeping its length (one character for one), so the
 * result can be cut back into the text nodes it was joined from.
 */
export function curlQuotes(text: string): string {
  // By UTF-16 unit, as the loop indexes: an emoji before a quote must not shift it.
  const out = text.split('');
  for (let i = 0; i < text.length; i++) {
    const q = text[i];
    if (q !== '"' && q !== "'") continue;
    // A run of quotes ('' or "") is one token, which only the backtick rule turns into a character.
    if (text[i - 1] === q || text[i + 1] === q) continue;
    const previous = kindOf(text[i - 1]);
    const next = tokenAt(text, i + 1);
    const after = next && tokenAt(text, i + 1 + next.value.length);
    let open: boolean;
    // Between a full stop (or ? or !) and a capital, a quote ends one sentence, not opens the next.
    if (TERMINAL.test(text[i - 1] ?? '') && /\p{Lu}/u.test(text[i + 1] ?? '')) open = false;
    else if (next?.kind === 'mark' && after?.kind !== 'word') open = false;
    else if (next?.kind === 'mark' && (next.value === '"' || next.value === "'") && after?.kind === 'word') {
      // `"'Quoted' words"`: both open.
      out[i + 1] = OPEN[next.value];
      open = true;
    } else if (next?.kind === 'word' && /^\d\ds$/.test(next.value)) open = false;
    else if (previous !== undefined && previous !== 'word' && next?.kind === 'word') open = true;
    else if (previous === 'word') open = false;
    else open = !(!next || next.kind === 'space' || (q === "'" && next.value === 's'));
    out[i] = (open ? OPEN : CLOSE)[q as Quote];
  }
  return out.join('');
}

/**
 * A row of dots, with or without spaces between: three dots in a row become one ellipsis, and so do
 * three spaced ones (`. . .`), a longer row one ellipsis per three, read from the left.
 */
function ellipses(row: string): string {
  const parts = row.split(/(\s+)/);
  let out = '';
  // Dot runs (with the spaces after them) not yet part of an ellipsis: at most two.
  let pending = '';
  let count = 0;
  for (let i = 0; i < parts.length; i += 2) {
    const dots = parts[i]!;
    if (count === 2 || dots.length >= 3) {
      out += (count === 2 ? '' : pending) + '…';
      pending = '';
      count = 0;
    } else {
      pending += dots;
      count++;
    }
    const space = parts[i + 1] ?? '';
    if (count) pending += space;
    else out += space;
  }
  return out + pending;
}

/** Dashes, ellipses and doubled quotes within one text: `--` → —, `...` and `. . .` → …, ``` `` ``` → “, `''` → ”. */
export function smartenText(text: string): string {
  return text
    .replace(/\.+(?:\s+\.+)*/g, ellipses)
    .replace(/(?<!-)--(?!-)/g, '—')
    .replace(/(?<!`)``(?!`)/g, '“')
    .replace(/(?<!')''(?!')/g, '”');
}

/**
 * One whole text set as the body's text is: for a frontmatter string (headline, dek, caption), so
 * what readers see above the story matches what they read in it.
 */
export function setType(text: string): string {
  return smartenText(curlQuotes(text));
}
