import { note, type Conversion } from './context.ts';
import { ELEMENT, replaceNode, tagOf, TEXT } from './dom.ts';

/** Elements inside each other beyond this are a broken page (unclosed tags), not a story's structure. */
const MAX_DEPTH = 40;
/** Lists and quotes inside each other: the checker refuses a body past 20 (check/nesting.ts). */
const MAX_CONTAINERS = 10;
const CONTAINERS = new Set(['ul', 'ol', 'blockquote']);

/**
 * The words under `node`, the subtree taken apart leaf first: the DOM walks a subtree it detaches
 * recursively, and one too deep to walk is why it is being read.
 */
function takeWords(node: Node): string {
  const out: string[] = [];
  const order: Node[] = [];
  const stack: Node[] = [node];
  while (stack.length) {
    const n = stack.pop()!;
    order.push(n);
    if (n.nodeType === TEXT) out.push(n.textContent ?? '');
    else if (n.nodeType === ELEMENT) for (let i = n.childNodes.length - 1; i >= 0; i--) stack.push(n.childNodes[i]!);
  }
  for (let i = order.length - 1; i > 0; i--) order[i]!.parentNode?.removeChild(order[i]!);
  return out.join('');
}

/** `el`'s content in a `<div>` instead: a list's items each in a `<div>` of their own. */
function plainBox(el: Element): Element {
  const doc = el.ownerDocument;
  const box = doc.createElement('div');
  for (const child of Array.from(el.childNodes)) {
    if (tagOf(child) !== 'li') box.appendChild(child);
    else {
      const item = box.appendChild(doc.createElement('div'));
      while (child.firstChild) item.appendChild(child.firstChild);
    }
  }
  replaceNode(el, box);
  return box;
}

/**
 * Bounds how deep the tree goes before anything walks it: elements past 40 levels become their
 * words, lists and quotes past 10 inside each other plain blocks. The passes and turndown recurse,
 * and a body nested past the checker's limit would be refused.
 */
export function limitDepth(c: Conversion, root: Element) {
  let flattened = 0;
  // Too deep first, so boxing a list never moves a deep subtree: the DOM walks a moved subtree recursively.
  const deep: [Element, number][] = [[root, 0]];
  while (deep.length) {
    const [el, depth] = deep.pop()!;
    for (const child of Array.from(el.children)) {
      if (depth + 1 <= MAX_DEPTH) deep.push([child, depth + 1]);
      else {
        replaceNode(child, child.ownerDocument.createTextNode(takeWords(child)));
        flattened++;
      }
    }
  }
  const nested: [Element, number][] = [[root, 0]];
  while (nested.length) {
    const [el, containers] = nested.pop()!;
    for (const child of Array.from(el.children)) {
      const container = CONTAINERS.has(tagOf(child));
      if (container && containers + 1 > MAX_CONTAINERS) {
        nested.push([plainBox(child), containers]);
        flattened++;
      } else nested.push([child, containers + (container ? 1 : 0)]);
    }
  }
  if (flattened) note(c, 'deep-html', `${flattened} element${flattened > 1 ? 's' : ''} nested too deep flattened to their words`);
}

// Tags HTML closes by itself or that hold nothing: they never deepen the tree.
const NOT_NESTING = /^(?:p|li|dt|dd|tr|td|th|option|br|hr|img|input|meta|link|area|base|col|embed|source|track|wbr|param)$/i;
const TAG = /<(\/?)([a-z][a-z0-9-]*)\b[^>]*?(\/?)>/gi;
/** Past this, the source is flattened before it is parsed: the DOM parser slows down with depth squared. */
const MAX_SOURCE_DEPTH = 200;

/**
 * The source HTML with the tags that would open an element deeper than 200 levels left out (their
 * words kept), found by a linear scan of its tags. Only a broken page goes that deep (thousands of
 * unclosed `<b>`s); any other body is returned as it is, untouched.
 */
export function shallowSource(html: string): string {
  const open: { name: string; kept: boolean }[] = [];
  let kept = 0;
  let deepest = 0;
  const out = html.replace(TAG, (tag, close: string, name: string, selfClosing: string) => {
    if (NOT_NESTING.test(name) || selfClosing) return tag;
    const lower = name.toLowerCase();
    if (!close) {
      const keep = kept < MAX_SOURCE_DEPTH;
      open.push({ name: lower, kept: keep });
      kept += keep ? 1 : 0;
      deepest = Math.max(deepest, open.length);
      return keep ? tag : '';
    }
    // The element closed is nearly always the last one opened: the search back is for stray tags.
    let at = open.length - 1;
    while (at >= 0 && open[at]!.name !== lower) at--;
    if (at < 0) return tag;
    const closed = open.splice(at);
    kept -= closed.filter((o) => o.kept).length;
    return closed[0]!.kept ? tag : '';
  });
  return deepest > MAX_SOURCE_DEPTH ? out : html;
}
