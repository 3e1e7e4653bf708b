import { decodeEntities } from '../../model/entities.ts';

// Whatever these hold is code or styling, never words a reader sees.
const HIDDEN = /<(script|style|template|noscript)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const TAG = /<\/?[A-Za-z][^<>]*>|<!--[\s\S]*?-->/g;
// A line break or a block's edge separates words; inline tags (`Mark<b>up</b>`) do not.
const BREAK = /<br\s*\/?>|<\/?(?:p|div|li|ul|ol|h[1-6]|blockquote|tr|td|th|table|figure|figcaption)\b[^>]*>/gi;

/**
 * HTML (a caption, an alt text, a title, an excerpt) as the plain text a reader sees, the one such
 * function of the import (readers and the run use it too): tags dropped (a link keeps
 * its words), character references decoded, whitespace collapsed. A line break is a space, or a
 * newline when `lines` is set (a credit often sits on a line of its own under the caption).
 */
export function plainText(html: string, lines = false): string {
  const text = decodeEntities(html.replace(HIDDEN, ' ').replace(BREAK, '\u2028').replace(TAG, ''));
  return text
    .replace(/[^\S\u2028]+/g, ' ')
    .replace(/\s*\u2028\s*/g, lines ? '\n' : ' ')
    .replace(/\s+\n|\n\s+/g, '\n')
    .trim();
}
