import { elementFate, keepsAttribute, URL_ATTRIBUTES } from '../../markdown/html-allow-list.ts';
import { note, shorten, WRITTEN, type Conversion } from './context.ts';
import { ELEMENT, tagOf, TEXT } from './dom.ts';
import { cleanLink, imageSource } from './urls.ts';

const VOID = new Set(['br', 'hr', 'wbr']);
const STRUCTURE = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr', 'ul', 'ol', 'dl']);
// A line break after these keeps the HTML readable in the story file; never a blank line, which would end it.
const LINE_AFTER = new Set(['table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'ul', 'ol', 'li', 'p']);

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string) => escapeHtml(text).replace(/"/g, '&quot;');

function attributes(c: Conversion, el: Element, tag: string): string {
  let out = '';
  for (const { name, value } of Array.from(el.attributes)) {
    if (!keepsAttribute(tag, name)) continue;
    if (URL_ATTRIBUTES.has(name)) {
      const link = cleanLink(value);
      if ('url' in link) out += ` ${name}="${escapeAttribute(link.url)}"`;
      else note(c, 'unsafe-link', `link to "${shorten(value)}" dropped: ${link.dropped}`);
    } else out += ` ${name}="${escapeAttribute(value.replace(/\s+/g, ' '))}"`;
  }
  return out;
}

/**
 * HTML cut to what the renderer keeps (`markdown/html-allow-list.ts`), written so a Markdown parser
 * takes it as one HTML block: no blank line inside, whitespace collapsed. What is cut out is what
 * the checker would warn about; a photo in it is reported, since it cannot be shown there.
 */
export function allowedHtml(c: Conversion, node: Node): string {
  if (node.nodeType === TEXT) {
    const text = (node.textContent ?? '').replace(/\s+/g, ' ');
    // Between rows, cells or list items, whitespace is only the source's indentation.
    return text === ' ' && STRUCTURE.has(tagOf(node.parentNode)) ? '' : escapeHtml(text);
  }
  if (node.nodeType !== ELEMENT) return '';
  const el = node as Element;
  const tag = tagOf(el);
  const inner = () => Array.from(el.childNodes, (child) => allowedHtml(c, child)).join('');
  if (el.hasAttribute(WRITTEN)) {
    note(c, 'removed-html', 'a photo or embed inside a part kept as HTML is left out');
    return '';
  }
  const fate = elementFate(tag);
  if (fate === 'drop') {
    if (tag === 'img') note(c, 'photo-in-html', `photo ${shorten(imageSource(el) ?? '')} in a table kept as HTML is left out`);
    else note(c, 'removed-html', `<${tag}> in a table kept as HTML is left out`);
    return '';
  }
  if (fate === 'unwrap') return inner();
  if (tag === 'a') {
    const link = cleanLink(el.getAttribute('href'));
    if (!('url' in link)) {
      if (link.dropped !== 'empty')
        note(c, 'unsafe-link', `link to "${shorten(el.getAttribute('href')!)}" kept as text: ${link.dropped}`);
      return inner();
    }
  }
  const name = fate === 'h2' ? 'h2' : tag;
  const open = `<${name}${attributes(c, el, name)}>`;
  if (VOID.has(name)) return open;
  return `${open}${inner()}</${name}>${LINE_AFTER.has(name) ? '\n' : ''}`;
}
