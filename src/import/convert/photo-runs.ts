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

// Blocks turndown writes no paragraph for: in a table cell, a heading or a caption a photo stays inline.
const NO_PARAGRAPH: ReadonlySet<string> = new Set(
  'td th tr thead tbody tfoot table caption figcaption h1 h2 h3 h4 h5 h6 pre ul ol dl hr'.split(' '),
);
/** Whether a block is written as a paragraph, so a photo alone in it is an in-body photo. */
const isParagraphBlock = (node: Node | null | undefined) => isBlock(node) && !NO_PARAGRAPH.has(tagOf(node));

const holdsOnly = (el: Element, img: Element) => !visibleText(el) && el.querySelectorAll('img').length === 1 && el.contains(img);

export function inlineRun(img: Element): InlineRun | undefined {
  let top: Element = img;
  while (top.parentElement && !isBlock(top.parentElement) && holdsOnly(top.parentElement, img)) top = top.parentElement;
  const container = top.parentElement;
  if (!container || !isParagraphBlock(container)) return undefined;
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

// A line of text under a photo is a paragraph of words, not a list, a table or a quote.
const NOT_A_LINE = 'img, table, ul, ol, dl, blockquote, pre, figure, h1, h2, h3, h4, h5, h6, hr';

/** The line right after `el`: the next paragraph, or the words that follow it up to the next block. */
export function lineAfter(el: Element): { text: string; nodes: Node[] } | undefined {
  let next = el.nextSibling;
  while (next?.nodeType === TEXT && !next.textContent?.trim()) next = next.nextSibling;
  if (!next) return undefined;
  if (isBlock(next)) {
    const block = next as Element;
    return isParagraphBlock(block) && tagOf(block) !== 'li' && !block.querySelector(NOT_A_LINE)
      ? { text: visibleText(block), nodes: [block] }
      : undefined;
  }
  const nodes: Node[] = [];
  for (let n: Node | null = next; n && !isBlock(n); n = n.nextSibling) nodes.push(n);
  if (nodes.some((n) => isElement(n) && (tagOf(n) === 'img' || n.querySelector(NOT_A_LINE)))) return undefined;
  return {
    text: nodes
      .map((n) => n.textContent ?? '')
      .join('')
      .replace(/\s+/g, ' ')
      .trim(),
    nodes,
  };
}
