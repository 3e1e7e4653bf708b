import { createRequire } from 'node:module';

/**
 * HTML parsed by the DOM turndown itself parses with (domino, turndown's own dependency, loaded
 * from turndown's folder so both always use the same copy): the conversion edits the tree before
 * turndown reads it, rather than patching Markdown afterwards.
 */
const fromHere = createRequire(import.meta.url);
const domino = createRequire(fromHere.resolve('turndown'))('@mixmark-io/domino') as {
  createDocument(html: string): Document;
};

/** The wrapper every fragment is parsed inside: a custom element no stray end tag in the source can close. */
const ROOT = 'x-broadsheet';

/** `html` as the children of one element of a fresh document. */
export function parseFragment(html: string): Element {
  const doc = domino.createDocument(`<${ROOT}>${html}</${ROOT}>`);
  return doc.querySelector(ROOT)!;
}

export const ELEMENT = 1;
export const TEXT = 3;
export const COMMENT = 8;

export const isElement = (node: Node | null | undefined): node is Element => node?.nodeType === ELEMENT;

/** Lower-case tag name (`img`), empty for a text or comment node. */
export const tagOf = (node: Node | null | undefined): string => (isElement(node) ? node.nodeName.toLowerCase() : '');

/** Whether `el` carries one of the class names. */
export const hasClass = (el: Element, ...names: string[]) => names.some((n) => el.classList.contains(n));

/** Every node under `root`, in document order (a snapshot: callers may change the tree). */
export function descendants(root: Node): Node[] {
  const out: Node[] = [];
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      out.push(child);
      walk(child);
    }
  };
  walk(root);
  return out;
}

/** Puts `replacement` where `node` was. */
export function replaceNode(node: Node, replacement: Node) {
  node.parentNode?.replaceChild(replacement, node);
}

/**
 * A line of its own for a caption left without its photo or table: in italics, unless it has
 * italics of its own (emphasis inside emphasis would not read back as written).
 */
export function captionLine(doc: Document, from: Element): Element {
  const line = doc.createElement('p');
  const into = from.querySelector('em, i') ? line : line.appendChild(doc.createElement('em'));
  while (from.firstChild) into.appendChild(from.firstChild);
  return line;
}

/** Text with whitespace collapsed, as a reader sees it. */
export const visibleText = (node: Node) => (node.textContent ?? '').replace(/\s+/g, ' ').trim();

/** HTML's block elements: what ends a run of inline content. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set(
  (
    'address article aside blockquote body caption center dd details dialog dir div dl dt fieldset figcaption figure ' +
    'footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main menu nav ol p pre section summary table tbody td ' +
    'tfoot th thead tr ul x-broadsheet'
  ).split(' '),
);

export const isBlock = (node: Node | null | undefined) => BLOCK_TAGS.has(tagOf(node));
