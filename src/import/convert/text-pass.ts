import { placeholder, type Conversion } from './context.ts';
import { captionLine, descendants, replaceNode, TEXT } from './dom.ts';
import { escapeText } from './markdown-escape.ts';
import { cleanLink } from './urls.ts';

// An address in running text, up to a space or a character no address ends with.
const ADDRESS = /\b(?:https?:\/\/|www\.)[^\s<>"'\u00a0]+/gi;
const NOT_THE_END = /[.,;:!?'"”’)\]]+$/;

/** The address without the punctuation of the sentence around it; a closing bracket stays when it has its opener. */
function trimmed(url: string): string {
  let out = url.replace(NOT_THE_END, '');
  const tail = url.slice(out.length);
  for (const ch of tail) {
    if (ch === ')' && (out.match(/\(/g)?.length ?? 0) > (out.match(/\)/g)?.length ?? 0)) out += ch;
    else break;
  }
  return out;
}

/**
 * Addresses written in the text become links. Left as text, a GFM parser would still make links
 * of them, but with the escapes turndown puts in (`a\_b`) inside the address, and a broken one
 * would reach the checker as a link it refuses: this way each is checked and written once.
 */
function linkAddresses(c: Conversion, text: Text) {
  const value = text.data;
  const parts: Node[] = [];
  let at = 0;
  for (const m of value.matchAll(ADDRESS)) {
    const url = trimmed(m[0]);
    if (!url.includes('.')) continue;
    parts.push(text.ownerDocument.createTextNode(value.slice(at, m.index)));
    const link = cleanLink(/^www\./i.test(url) ? `https://${url}` : url);
    if ('url' in link) {
      const a = text.ownerDocument.createElement('a');
      a.setAttribute('href', link.url);
      a.textContent = url;
      parts.push(a);
    } else {
      // The colon in a span keeps a GFM parser from linking what no browser could follow.
      const broken = escapeText(url).replace(/:/, '<span>:</span>');
      parts.push(placeholder(c, text.ownerDocument, broken, false));
    }
    at = m.index + url.length;
  }
  if (!parts.length) return;
  parts.push(text.ownerDocument.createTextNode(value.slice(at)));
  for (const p of parts) text.parentNode!.insertBefore(p, text);
  text.remove();
}

/**
 * The last touches before turndown: captions of figures that held no photo become italic lines,
 * line breaks in preformatted text become newlines, headings move down when the body has an
 * `<h1>` (the renderer's rule, applied here so the checker has nothing to warn about), addresses
 * in the text become links.
 */
export function finishText(c: Conversion, root: Element) {
  const doc = root.ownerDocument;
  for (const caption of Array.from(root.querySelectorAll('figcaption'))) replaceNode(caption, captionLine(doc, caption));
  for (const br of Array.from(root.querySelectorAll('pre br'))) br.parentNode?.replaceChild(doc.createTextNode('\n'), br);
  c.demote = root.getElementsByTagName('h1').length > 0;
  for (const node of descendants(root)) {
    if (node.nodeType === TEXT && !(node.parentElement?.closest('a, pre, code, script, style, textarea') ?? null)) {
      linkAddresses(c, node as Text);
    }
  }
}
