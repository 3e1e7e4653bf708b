import { MAX_LINES_PER_PARAGRAPH, MAX_MARKERS_PER_BODY, MAX_MARKERS_PER_PARAGRAPH } from '../../check/parse-budget.ts';
import { allowedHtml } from './allowed-html.ts';
import { note, placeholder, WRITTEN, type Conversion } from './context.ts';
import { descendants, ELEMENT, isBlock, replaceNode, tagOf, TEXT } from './dom.ts';

// The characters the checker's parse budget counts (check/parse-budget.ts).
const MARKER = /[*_~[\]()<>`@]|www\.|:\/\//g;
const count = (text: string | null | undefined) => text?.match(MARKER)?.length ?? 0;
// What the Markdown of an element adds around its words: brackets of a link, stars of bold…
const AROUND: Record<string, number> = {
  a: 4,
  img: 5,
  em: 2,
  i: 2,
  strong: 4,
  b: 4,
  del: 4,
  s: 4,
  code: 2,
  sup: 4,
  sub: 4,
  kbd: 4,
};

/** About how many markers, and lines, a part of the tree becomes in Markdown (counted high rather than low). */
function weigh(c: Conversion, el: Element): { markers: number; lines: number } {
  let markers = 0;
  let lines = 1;
  for (const node of [el, ...descendants(el)]) {
    if (node.nodeType === TEXT) markers += count(node.textContent);
    if (node.nodeType !== ELEMENT) continue;
    const e = node as Element;
    const tag = tagOf(e);
    markers += (AROUND[tag] ?? 0) + count(e.getAttribute('href')) + count(e.getAttribute('src'));
    markers += count(c.written.get(e.getAttribute(WRITTEN) ?? '')?.markdown);
    if (['li', 'tr', 'br', 'p'].includes(tag)) lines++;
  }
  return { markers, lines };
}

/**
 * The parts the parse budget counts as one: a block of words, or a whole list, quote or table
 * (their lines have no blank line between them), outside any list or quote.
 */
function units(root: Element): Element[] {
  const out: Element[] = [];
  const walk = (el: Element) => {
    for (const child of Array.from(el.children)) {
      // Code blocks are never parsed inline; an `<hr>` is a rule or Markdown already written.
      if (!isBlock(child) || ['pre', 'hr'].includes(tagOf(child))) continue;
      const whole = ['ul', 'ol', 'dl', 'blockquote', 'table'].includes(tagOf(child));
      if (whole || !Array.from(child.children).some(isBlock)) out.push(child);
      else walk(child);
    }
  };
  walk(root);
  return out;
}

// Kept well under the checker's limits: the weights are estimates.
const PARAGRAPH_MARKERS = MAX_MARKERS_PER_PARAGRAPH * 0.75;
const PARAGRAPH_LINES = MAX_LINES_PER_PARAGRAPH * 0.75;
const BODY_MARKERS = MAX_MARKERS_PER_BODY * 0.75;

/**
 * Keeps the body within what the checker lets the Markdown parser read (check/parse-budget.ts): a
 * paragraph, list or table dense with links (a link roundup) is written as HTML cut to the
 * allow-list, which the budget skips, and so are the densest parts of a body dense as a whole.
 */
export function keepWithinBudget(c: Conversion, root: Element) {
  const weighed = units(root).map((el) => ({ el, ...weigh(c, el) }));
  let total = weighed.reduce((n, w) => n + w.markers, 0);
  const heavy = weighed.filter((w) => w.markers > PARAGRAPH_MARKERS || w.lines > PARAGRAPH_LINES);
  for (const w of [...weighed].sort((a, b) => b.markers - a.markers)) {
    if (total <= BODY_MARKERS) break;
    if (!heavy.includes(w)) heavy.push(w);
    total -= w.markers;
  }
  for (const { el } of heavy) {
    replaceNode(el, placeholder(c, el.ownerDocument, allowedHtml(c, el).trim(), true));
  }
  if (heavy.length)
    note(c, 'dense-markup', `${heavy.length} part${heavy.length > 1 ? 's' : ''} too dense for Markdown kept as HTML`);
}
