import { escapeHtml } from '../../model/escape.ts';
import type { BodyContext } from './body.ts';
import { tagAttributes } from './text.ts';

/**
 * Photos reach a WordPress body in many shapes: `[caption]` and `[gallery]` shortcodes, a bare
 * `<img>` in a paragraph, `<figure class="wp-block-image">` with the `<img>` in a link, galleries
 * as a `<ul>` of `<li><figure>` (before WordPress 5.9) or as figures inside a figure (since). They
 * all leave the reader in one shape, and a gallery as its photos one after another.
 */

/**
 * The one shape: `<figure>` with its `<img>` and, when there is one, a `<figcaption>`. The caption is inline HTML as WordPress stored it (a credit line
 * in it is the importer's to read); an empty alt text is left out: WordPress writes
 * `alt=""` when nobody wrote one, and the importer must see that it is missing, not decorative.
 */
export function figureHtml(src: string, alt: string | undefined, caption: string | undefined): string {
  const altAttr = alt?.trim() ? ` alt="${escapeHtml(alt.trim())}"` : '';
  const text = caption?.replace(/\s+/g, ' ').trim();
  return `<figure><img src="${escapeHtml(src)}"${altAttr}>${text ? `<figcaption>${text}</figcaption>` : ''}</figure>`;
}

const LEAF_FIGURE = /<figure\b([^>]*)>((?:(?!<\/?figure\b)[\s\S])*?)<\/figure>/gi;
const FIGCAPTION = /<figcaption\b[^>]*>([\s\S]*?)<\/figcaption>/i;
// Placeholders for finished figures while their gallery is read (a private-use character, taken out of the body first).
const TOKEN = /\uE000(\d+)\uE000/g;

/** `html` with every figure holding a photo in the one shape, galleries unpacked. */
export function normaliseFigures(html: string, ctx: BodyContext): string {
  if (!/<figure\b/i.test(html)) return html;
  const done: string[] = [];
  const hold = (figure: string) => `\uE000${done.push(figure) - 1}\uE000`;
  let text = html.replace(/\uE000/g, '').replace(LEAF_FIGURE, (whole, _attrs: string, inner: string) => {
    const figure = photoFigure(inner, ctx);
    return figure === undefined ? whole : hold(figure);
  });
  text = text.replace(LEAF_FIGURE, (whole, attrs: string, inner: string) => {
    if (!/\bwp-block-gallery\b/.test(attrs) || !/\uE000\d+\uE000/.test(inner)) return whole;
    const caption = FIGCAPTION.exec(inner)?.[1]?.trim();
    const rest = inner
      .replace(FIGCAPTION, '')
      .replace(TOKEN, '')
      .replace(/<\/?(?:ul|li)\b[^>]*>/gi, '');
    if (rest.trim() !== '') return whole;
    const photos = [...inner.matchAll(TOKEN)].map((m) => m[0]).join('\n');
    return caption ? `${photos}\n<p>${caption}</p>` : photos;
  });
  return text.replace(TOKEN, (_, n: string) => done[Number(n)]!);
}

// A paragraph holding nothing but a photo, perhaps in a link: the classic editor's way of
// inserting one without a caption.
const LONE_PHOTO = /<p>\s*(?:<a\b([^>]*)>\s*)?(<img\b[^>]*>)\s*(?:<\/a>\s*)?<\/p>/gi;
const PHOTO_LINK = /\.(?:jpe?g|png|gif|webp|avif|tiff?)(?:[?#]|$)|[?&]attachment_id=/i;

/**
 * A paragraph that is only a photo, as a figure. The link around it stays, and so does the
 * paragraph, unless it leads to the photo itself (its file or attachment page, WordPress's default).
 */
export function lonePhotos(html: string, ctx: BodyContext): string {
  return html.replace(LONE_PHOTO, (whole, linkAttrs: string | undefined, img: string) => {
    if (linkAttrs !== undefined && !PHOTO_LINK.test(/\bhref\s*=\s*["']([^"']*)["']/i.exec(linkAttrs)?.[1] ?? '')) return whole;
    return photoFigure(img, ctx) ?? whole;
  });
}

/** A figure's content as the one shape, when it holds one photo and nothing a figure should keep (a table, a player). */
function photoFigure(inner: string, ctx: BodyContext): string | undefined {
  const imgs = inner.match(/<img\b[^>]*>/gi) ?? [];
  if (imgs.length !== 1 || /<(?:table|video|audio|iframe|blockquote)\b/i.test(inner)) return undefined;
  const attrs = tagAttributes(imgs[0]!);
  const id = /\bwp-image-(\d+)\b/.exec(attrs.get('class') ?? '')?.[1] ?? attrs.get('data-id');
  const attachment = id ? ctx.attachments.get(id) : undefined;
  const src = attachment?.url ?? attrs.get('src');
  if (!src) return undefined;
  const alt = attrs.get('alt')?.trim() || attachment?.alt || attrs.get('alt');
  return figureHtml(src, alt, FIGCAPTION.exec(inner)?.[1]);
}
