import type { Paragraph } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { CREDIT_LABEL, UNLABELLED_CREDIT } from '../model/credit-line.ts';

/**
 * The credit in the text that follows a photo in its paragraph: a line opened by a credit label
 * (`Credit:`, `Credits:`, `Photo:`, `Picture:` …, also bold), or on the next line a bare byline
 * (`Photo by …`) or copyright notice. Undefined when the text is something else.
 */
export function creditUnder(tail: string): string | undefined {
  const line = tail.trim();
  if (CREDIT_LABEL.test(line)) return line.replace(CREDIT_LABEL, '').trim();
  if (/^[ \t]*\n/.test(tail) && UNLABELLED_CREDIT.test(line)) return line;
  return undefined;
}

// "Source:", "Foto:", "Bildnachweis:": a short label, as agencies and other languages write credits.
const LABEL = /^[ \t]*\n\s*(?:\*\*|__)?([\p{L}][\p{L} ]{0,24}?)\s*(?:\*\*|__)?\s*:/u;

const startsWithPhoto = (node: Paragraph) => {
  const first = node.children[0];
  return first?.type === 'image' || (first?.type === 'link' && first.children[0]?.type === 'image');
};

/**
 * The label of a line under a photo that reads like a credit but has a label the body does not
 * take ("Source: Reuters"): the checker names it, rather than publishing it as a stray sentence.
 */
export function unknownCreditLabel(node: Paragraph): string | undefined {
  if (!startsWithPhoto(node)) return undefined;
  const tail = node.children
    .slice(1)
    .map((c) => toString(c))
    .join('');
  return creditUnder(tail) === undefined ? LABEL.exec(tail)?.[1] : undefined;
}

/** A paragraph that is only a credit line (what a blank line between a photo and its credit makes). */
export const isCreditParagraph = (node: Paragraph) => !startsWithPhoto(node) && CREDIT_LABEL.test(toString(node).trim());
