import type { Image, Paragraph } from 'mdast';
import { toString } from 'mdast-util-to-string';

/** An in-body photo: an image alone in its paragraph, optionally followed on the next line by `Credit: …`. */
export interface FigureLine {
  image: Image;
  /** The credit text after `Credit:`, when given. */
  credit?: string;
}

const CREDIT = /^\s*\n?\s*credit\s*:\s*/i;

export function matchFigure(node: Paragraph): FigureLine | undefined {
  const [first, ...rest] = node.children;
  if (first?.type !== 'image') return undefined;
  const tail = rest.map((c) => toString(c)).join('');
  if (tail.trim() === '') return { image: first };
  if (!CREDIT.test(tail)) return undefined;
  return { image: first, credit: tail.replace(CREDIT, '').trim() };
}
