import TurndownService from 'turndown';

const turndownEscape = TurndownService.prototype.escape;

// The second bracket in a span: the page shows `[[`, the parser sees no `[[…]]`. (An empty comment
// would do as well, but a comment in a line makes the checker's parse budget count HTML blocks after it.)
const BRACKETS = /\\\[\\\[/g;

/**
 * Escaping for text that must stay text in Broadsheet Markdown: turndown's own escapes (`*`, `_`,
 * `[`, a `#` or `1.` starting a line…) and what it leaves out, because the body grammar has it:
 * `<` before a tag name, character references, `~` (GFM strikethrough), `1)` lists, `::name` (a
 * directive, when it starts a line), and `[[`, which
 * would make a related-link line of a paragraph or a stray one the checker refuses.
 */
export function escapeText(text: string): string {
  return turndownEscape(text)
    .replace(/<(?=[A-Za-z/!?])/g, '\\<')
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&')
    .replace(/~/g, '\\~')
    .replace(/^(\d+)\) /, '$1\\) ')
    .replace(/^(\s*):(?=:+[A-Za-z])/, '$1\\:')
    .replace(BRACKETS, '\\[<span>\\[</span>');
}

/**
 * Text for places a comment cannot break `[[` (a credit line is read back as plain text, so it
 * would carry the comment): the brackets are parted by a space instead.
 */
export const escapeLine = (text: string) => escapeText(text.replace(/\[(?=\[)/g, '[ ')).replace(/\s+/g, ' ');

/** A link or image destination: between `<…>` when it holds a space or brackets. */
export function destination(url: string): string {
  const escaped = url.replace(/[\\<>]/g, '\\$&').replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&');
  return /[\s()]/.test(url) || url === '' ? `<${escaped}>` : escaped;
}

/** A link or image title, quoted: `"Caption \"quoted\""`. */
export const title = (text: string) =>
  `"${text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\"]/g, '\\$&')
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&')}"`;
