import { CREDIT_LABEL, UNLABELLED_CREDIT } from '../../model/credit-line.ts';
import { isBlock, isElement, tagOf, TEXT, visibleText } from './dom.ts';

/** A credit line as an editor types it under a photo: `Photo: …`, `Credit: …`, `Photo by …`, `© …`. */
export const looksLikeCreditLine = (text: string) => CREDIT_LABEL.test(text) || UNLABELLED_CREDIT.test(text);

/** The run of inline content an `<img>` sits in: its outermost inline wrapper and that wrapper's inline neighbours. */
export interface InlineRun {
  /** The img, or the inline element wrapping only it (`<a><img></a>`). */
  top: Element;
  /** Every node of the run, in order, `top` among them. */
  nodes: Node[];
  container: Element;
}

// Blocks a photo paragraph may stand in; in a table cell, a heading or a caption a photo stays inline.
const PHOTO_PLACES: ReadonlySet<string> = new Set(
  'p div section article main header footer aside center blockquote li dd body x-broadsheet'.split(' '),
);

const holdsOnly = (el: Element, img: Element) => !visibleText(el) && el.querySelectorAll('img').length === 1 && el.contains(img);

export function inlineRun(img: Element): InlineRun | undefined {
  let top: Element = img;
  while (top.parentElement && !isBlock(top.parentElement) && holdsOnly(top.parentElement, img)) top = top.parentElement;
  const container = top.parentElement;
  if (!container || !PHOTO_PLACES.has(tagOf(container))) return undefined;
  const siblings = Array.from(container.childNodes);
  let start = siblings.indexOf(top);
  let end = start;
  while (start > 0 && !isBlock(siblings[start - 1])) start--;
  while (end < siblings.length - 1 && !isBlock(siblings[end + 1])) end++;
  return { top, nodes: siblings.slice(start, end + 1), container };
}

/** Whether the run holds nothing a reader sees besides photos: no words, no other element with content. */
export const isPhotosOnly = (run: InlineRun) =>
  run.nodes.every((n) => (n.nodeType === TEXT ? !n.textContent?.trim() : isElement(n) && !visibleText(n)));

const imagesIn = (nodes: Node[]) =>
  nodes.reduce((n, node) => n + (tagOf(node) === 'img' ? 1 : isElement(node) ? node.querySelectorAll('img').length : 0), 0);

/**
 * A credit typed after the photo in the same paragraph (`<img><br>Photo: Ada Brennan`): the nodes
 * after the photo that hold it, when the run is one photo followed by nothing but that line.
 */
export function creditInRun(run: InlineRun): { text: string; nodes: Node[] } | undefined {
  const at = run.nodes.indexOf(run.top);
  const after = run.nodes.slice(at + 1);
  if (imagesIn(run.nodes) !== 1 || run.nodes.slice(0, at).some((n) => visibleText(n))) return undefined;
  const text = after
    .map((n) => (tagOf(n) === 'br' ? ' ' : (n.textContent ?? '')))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
  return text && looksLikeCreditLine(text) ? { text, nodes: after } : undefined;
}
