import type { Paragraph } from 'mdast';

/** A related-link line: a paragraph of its own reading `Label: [[article-id]]`. */
export interface RelatedLine {
  label: string;
  id: string;
}

const LINE = /^\s*([^:[\]\n]{1,40}?)\s*:\s*\[\[\s*([^\]\n]*?)\s*\]\]\s*$/;

type Inline = Paragraph['children'][number];
// Desks write the label plain, bold or italic (`**Read More:** [[id]]`): all are the same line.
const plainText = (node: Inline): string | undefined =>
  node.type === 'text' ? node.value : node.type === 'strong' || node.type === 'emphasis' ? joined(node.children) : undefined;
const joined = (nodes: readonly Inline[]) => {
  const parts = nodes.map(plainText);
  return parts.every((p) => p !== undefined) ? parts.join('') : undefined;
};

/** Recognises the line when the paragraph is text, its label plain, bold or italic; a link or code inside is not one. */
export function matchRelatedLine(node: Paragraph): RelatedLine | undefined {
  const text = joined(node.children);
  const m = text === undefined ? null : LINE.exec(text);
  return m ? { label: m[1]!, id: m[2]! } : undefined;
}

/** `[[…]]` anywhere else in a body: printed as it is, so the checker refuses it. */
export const STRAY_RELATED = /\[\[[^\]\n]*\]\]/g;

/** The headline and URL of every story a body links to, resolved by the loader against the whole paper. */
export type ResolvedLinks = Record<string, { headline: string; url: string }>;

// The loader hands each body's links to remark-related-links with the file it renders (render.ts).
declare module 'vfile' {
  interface DataMap {
    links: ResolvedLinks;
  }
}
