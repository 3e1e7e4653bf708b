import type { Element, ElementContent, Root, RootContent } from 'hast';
import { randomUUID } from 'node:crypto';
import rehypeRaw from 'rehype-raw';
import type { VFile } from 'vfile';
import { elementFate, keepsAttribute, URL_ATTRIBUTES } from './html-allow-list.ts';
import { HTML_TAG_NAMES } from './html-tag-names.ts';
import { isUnsafeUrl, parseLinkUrl } from './link-url.ts';

/** One thing the page leaves out of a story's HTML: `<iframe>`, `style= on <p>`, `href="javascript:…"`. */
export interface DroppedHtml {
  /** Line in the body (1-based), when known. */
  line: number | undefined;
  what: string;
}

type Raw = { type: 'raw'; value: string };
const isRaw = (node: { type: string }): node is Raw => node.type === 'raw';

// `<type of person>` is an HTML tag to a Markdown parser; escaped, it stays the words it was. So is
// `<a goal>` or `<small business owner>`: a real tag's bare words are boolean attributes, never prose.
const TAG = /<(\/?)([a-z][a-z0-9-]*)(?=[\s/>]|$)/gi;
const BARE_WORDS = /<([a-z][a-z0-9-]*)((?:\s+[a-z][\w-]*)+)\s*>/gi;
const BOOLEAN =
  /^(?:hidden|open|reversed|disabled|checked|selected|readonly|required|multiple|controls|loop|muted|nowrap|compact|itemscope|inert)$/i;
const escapeUnknownTags = (html: string) =>
  html
    .replace(BARE_WORDS, (tag, _name: string, words: string) =>
      words
        .trim()
        .split(/\s+/)
        .every((w) => BOOLEAN.test(w))
        ? tag
        : `&lt;${tag.slice(1)}`,
    )
    .replace(TAG, (tag, slash: string, name: string) => (HTML_TAG_NAMES.has(name.toLowerCase()) ? tag : `&lt;${slash}${name}`));

/** `className` → `class`, `dataFoo` → `data-foo`: attribute names as editors wrote them. */
const attributeName = (property: string) =>
  property === 'className'
    ? 'class'
    : property === 'htmlFor'
      ? 'for'
      : /^(?:data|aria)[A-Z]/.test(property)
        ? property.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)
        : property.toLowerCase();

const safeUrl = (value: unknown) =>
  typeof value === 'string' && !isUnsafeUrl(value) && parseLinkUrl(value, 'https://example.invalid/') !== undefined;

/**
 * Parses a body's raw HTML (as rehype-raw does) and keeps only what html-allow-list.ts allows, calling
 * `onDrop` for everything else. Elements the Markdown made are trusted and left alone: they are marked
 * before parsing with an attribute name raw HTML cannot guess. The renderer (rehype-raw-html.ts) and
 * the checker (`droppedHtml`) both run this, so the checker warns about exactly what the page loses.
 */
export function expandRawHtml(tree: Root, file?: VFile, onDrop: (dropped: DroppedHtml) => void = () => {}): Root {
  let hasRaw = false;
  const mark = `dataBroadsheet${randomUUID()
    .replace(/-/g, '')
    .replace(/\d/g, (d) => 'ghijklmnop'[Number(d)]!)}`;
  const prepare = (node: Root | RootContent) => {
    if (isRaw(node)) {
      hasRaw = true;
      node.value = escapeUnknownTags(node.value);
    } else if (node.type === 'element') node.properties[mark] = '';
    if ('children' in node) node.children.forEach(prepare);
  };
  prepare(tree);
  if (!hasRaw) {
    unmark(tree, mark);
    return tree;
  }
  const parsed = rehypeRaw()(tree, file as VFile) as Root;
  parsed.children = clean(parsed.children, mark, onDrop) as RootContent[];
  return parsed;
}

function unmark(node: Root | RootContent, mark: string) {
  if (node.type === 'element') delete node.properties[mark];
  if ('children' in node) node.children.forEach((c) => unmark(c, mark));
}

function clean(nodes: readonly (RootContent | ElementContent)[], mark: string, onDrop: (d: DroppedHtml) => void) {
  const out: (RootContent | ElementContent)[] = [];
  for (const node of nodes) {
    if (node.type !== 'element') {
      out.push(node);
      continue;
    }
    const line = node.position?.start.line;
    if (Object.hasOwn(node.properties, mark)) {
      delete node.properties[mark];
      node.children = clean(node.children, mark, onDrop) as ElementContent[];
      out.push(node);
      continue;
    }
    const fate = elementFate(node.tagName);
    const children = () => clean(node.children, mark, onDrop) as ElementContent[];
    if (fate === 'drop') onDrop({ line, what: `<${node.tagName}>` });
    else if (fate === 'unwrap') {
      onDrop({ line, what: `<${node.tagName}>` });
      out.push(...children());
    } else {
      if (fate === 'h2') {
        onDrop({ line, what: '<h1> (shown as <h2>: the headline is the only <h1>)' });
        node.tagName = 'h2';
      }
      keepAllowedAttributes(node, line, onDrop);
      node.children = children();
      out.push(node);
    }
  }
  return out;
}

function keepAllowedAttributes(node: Element, line: number | undefined, onDrop: (d: DroppedHtml) => void) {
  for (const [property, value] of Object.entries(node.properties)) {
    const name = attributeName(property);
    const kept = keepsAttribute(node.tagName, name) && (!URL_ATTRIBUTES.has(name) || safeUrl(value));
    if (kept) continue;
    delete node.properties[property];
    const shown = URL_ATTRIBUTES.has(name) ? `${name}="${String(value).slice(0, 40)}"` : `${name}=`;
    onDrop({ line, what: `${shown} on <${node.tagName}>` });
  }
}
