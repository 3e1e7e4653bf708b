import type { Paragraph } from 'mdast';

/** A related-link line: a paragraph of its own reading `Label: [[article-id]]`. */
export interface RelatedLine {
  label: string;
  id: string;
}

const LINE = /^\s*([^:[\]\n]{1,40}?)\s*:\s*\[\[\s*([^\]\n]*?)\s*\]\]\s*$/;

/** Recognises the line only when the paragraph is plain text, so `**Read More**: [[x]]` is left alone on purpose. */
export function matchRelatedLine(node: Paragraph): RelatedLine | undefined {
  if (!node.children.every((c) => c.type === 'text')) return undefined;
  const text = node.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
  const m = LINE.exec(text);
  return m ? { label: m[1]!, id: m[2]! } : undefined;
}

/** The headline and URL of every story a body links to, resolved by the loader against the whole paper. */
export type ResolvedLinks = Record<string, { headline: string; url: string }>;

// The loader hands each body's links to remark-related-links with the file it renders (render.ts).
declare module 'vfile' {
  interface DataMap {
    links: ResolvedLinks;
  }
}
