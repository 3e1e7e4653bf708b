import { plainText as htmlText } from '../convert/html-text.ts';

/**
 * A title, excerpt or caption from HTML as a frontmatter string (`convert/html-text.ts` reads it).
 * A `<` that would read as a tag again is escaped, since the checker refuses tags it does not know
 * in frontmatter text (and the schema decodes `&lt;` back for readers).
 */
export function plainText(html: string | undefined): string | undefined {
  if (html === undefined) return undefined;
  return htmlText(html).replace(/<(?=[A-Za-z/!])/g, '&lt;') || undefined;
}

/** The first sentences of a long excerpt, cut at a word: a dek is a line or two, not a paragraph. */
export function shortened(text: string | undefined, max = 300): string | undefined {
  if (!text || text.length <= max) return text;
  const cut = text.slice(0, max);
  const sentence = cut.lastIndexOf('. ');
  if (sentence > max / 2) return cut.slice(0, sentence + 1);
  return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[\s,;:]+$/, '')}…`;
}
