import type { Image, Paragraph, PhrasingContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { creditUnder } from './credit-syntax.ts';
import { isDecorative } from './photo-syntax.ts';

/** An in-body photo: an image alone in its paragraph, optionally followed on the next line by `Credit: …`. */
export interface FigureLine {
  image: Image;
  /** Where the photo links, when it is written `[![alt](photo.jpg)](https://…)`. */
  link?: string;
  /** The credit text after its label (`Credit:`, `Credits:`, `Photo:` …, see credit-syntax.ts), when given. */
  credit?: string;
}

// Archives link a photo to its full size: a link holding only the image is the photo, linked.
const photoOf = (node: PhrasingContent | undefined): { image: Image; link?: string } | undefined => {
  if (node?.type === 'image') return { image: node };
  const [only, ...more] = node?.type === 'link' ? node.children : [];
  return node?.type === 'link' && only?.type === 'image' && !more.length ? { image: only, link: node.url } : undefined;
};

export function matchFigure(node: Paragraph): FigureLine | undefined {
  const [first, ...rest] = node.children;
  const photo = photoOf(first);
  // A decorative photo is never a figure: it has nothing to caption or credit.
  if (!photo || isDecorative(photo.image)) return undefined;
  const tail = rest.map((c) => toString(c)).join('');
  if (tail.trim() === '') return photo;
  const credit = creditUnder(tail);
  return credit === undefined ? undefined : { ...photo, credit };
}
