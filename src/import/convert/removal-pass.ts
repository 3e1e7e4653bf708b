import { note, shorten, type Conversion } from './context.ts';
import { COMMENT, descendants, tagOf } from './dom.ts';

// Markers the source systems leave in a body: Gutenberg blocks, WordPress' "more" and page breaks, Ghost's cards.
const SYSTEM_COMMENT = /^\s*(?:\/?wp:|more\b|nextpage\b|noteaser\b|kg-card-(?:begin|end)\b)/;

/** Elements that run code, style the page or collect input: reported, since a reader may miss them. */
const REPORTED = ['script', 'style', 'form', 'svg', 'canvas', 'math', 'applet', 'frameset', 'dialog'];
/** Elements that only serve the old page (its head, a lazy-loading fallback, form controls): dropped silently. */
const SILENT = [
  'noscript',
  'template',
  'button',
  'input',
  'select',
  'textarea',
  'option',
  'datalist',
  'link',
  'meta',
  'title',
  'base',
  'map',
  'area',
  'param',
  'frame',
  'portal',
];

/**
 * Takes out what a story cannot carry: HTML comments (editors' notes; the source systems' own
 * markers silently), scripts, styles, forms and the rest of the code and controls of the old page.
 */
export function removeUnwanted(c: Conversion, root: Element) {
  let comments = 0;
  for (const node of descendants(root)) {
    if (node.nodeType !== COMMENT) continue;
    if (!SYSTEM_COMMENT.test(node.textContent ?? '')) comments++;
    node.parentNode?.removeChild(node);
  }
  if (comments) note(c, 'removed-html', `${comments} HTML comment${comments > 1 ? 's' : ''} removed`);
  for (const el of Array.from(root.querySelectorAll([...REPORTED, ...SILENT].join(', ')))) {
    const tag = tagOf(el);
    if (REPORTED.includes(tag) && root.contains(el)) {
      const src = el.getAttribute('src') ?? el.getAttribute('action');
      note(c, 'removed-html', `<${tag}>${src ? ` (${shorten(src)})` : ''} removed`);
    }
    el.remove();
  }
}
