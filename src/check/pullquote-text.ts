import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';

/**
 * Text as a pull quote is compared with its story: letters and digits only, in lower case, one
 * space between words, so straight or curly quotes, dashes, emphasis and line breaks do not count.
 */
const normal = (text: string) =>
  ` ${text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;

/** The story's own words, without its pull quotes (a quote is not found in itself). */
export function storyWords(tree: Root): string {
  const keep = (node: RootContent): RootContent[] => {
    if (node.type === 'containerDirective' && node.name === 'pullquote') return [];
    return 'children' in node ? [{ ...node, children: node.children.flatMap(keep) } as RootContent] : [node];
  };
  return normal(toString({ type: 'root', children: tree.children.flatMap(keep) }, { includeImageAlt: false }));
}

/** A pull quote's words, in the parts its cuts (`…`, `...`, `[…]`) leave: each part must be in the story. */
export function wordsOf(quote: string): string[] {
  return quote
    .split(/\[?(?:…|\.\.\.)\]?/)
    .map(normal)
    .filter((part) => part.trim());
}
