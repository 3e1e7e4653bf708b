import { escapeHtml } from '../../model/escape.ts';
import { stripTags } from '../../model/markup.ts';
import { plainText } from '../convert/html-text.ts';

/** Text or an attribute value escaped for HTML. */
export const escape = escapeHtml;

/** HTML as the plain text a reader sees (the import's one such function, convert/html-text.ts). */
export const plain = (html: string) => plainText(html);

/** A field of a card payload as a string, or `''`. */
export const field = (payload: Record<string, unknown>, key: string): string => {
  const value = payload[key];
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
};

/** An `<img>` for a photo: alt text always written, so the importer can tell "none" from "empty". */
export const img = (src: string, alt: string) => `<img src="${escape(src)}" alt="${escape(alt)}">`;

/**
 * A photo in Ghost's own card markup, the shape the importer reads photos from:
 * `<figure class="kg-card kg-image-card"><img …><figcaption>…</figcaption></figure>`. Captions are
 * Ghost's inline HTML (links to photographers) and stay HTML.
 */
export function figure(src: string, alt: string, caption: string): string {
  const figcaption = caption.trim() ? `<figcaption>${caption.trim()}</figcaption>` : '';
  return `<figure class="kg-card kg-image-card">${img(src, alt)}${figcaption}</figure>`;
}

const BLOCK_START = /^\s*<(?:p|div|ul|ol|h[1-6]|blockquote|figure|pre|table)\b/i;

/**
 * HTML as a paragraph, or nothing when it holds no text. Ghost 5 cards store their text already in
 * paragraphs (`<p dir="ltr">…</p>`), Ghost 4 cards as inline HTML: only the inline kind is wrapped.
 */
export const paragraph = (html: string) =>
  !stripTags(html).trim() ? '' : BLOCK_START.test(html) ? html.trim() : `<p>${html}</p>`;

/** A link paragraph: `<p><a href="url">label</a></p>`. */
export const linkParagraph = (url: string, label: string) => `<p><a href="${escape(url)}">${escape(label)}</a></p>`;
