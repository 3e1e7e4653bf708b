import { hasClass, tagOf } from './dom.ts';
import { imageSource } from './urls.ts';

/** Where source systems put a caption: `<figcaption>`, WordPress' classic and gallery captions. */
export const CAPTIONS =
  'figcaption, .wp-caption-text, .gallery-caption, .wp-element-caption, .blocks-gallery-caption, .blocks-gallery-item__caption';

// A classic `[caption]`, a WordPress or Ghost gallery, Jetpack's tiled gallery.
const CONTAINERS = ['wp-caption', 'wp-block-gallery', 'blocks-gallery-grid', 'kg-gallery-card', 'gallery', 'tiled-gallery'];
// Cards that hold a picture but are not a photo: a link preview, a player, a product.
const NOT_PHOTOS = ['kg-bookmark-card', 'kg-audio-card', 'kg-video-card', 'kg-product-card', 'kg-embed-card', 'wp-block-embed'];

/** The `<img>`s under `el` that have an address. */
export const photoImages = (el: Element) => Array.from(el.querySelectorAll('img')).filter((img) => imageSource(img));

/** A figure or a caption or gallery wrapper holding photos and their captions, nothing that plays or a table. */
export function isPhotoContainer(el: Element): boolean {
  if (tagOf(el) !== 'figure' && !hasClass(el, ...CONTAINERS)) return false;
  if (hasClass(el, ...NOT_PHOTOS) || el.querySelector('iframe, video, audio, embed, object, table, blockquote')) return false;
  return photoImages(el).length > 0;
}

/** One photo of a container, with the link around it and the caption that is its own. */
export interface ContainedPhoto {
  img: Element;
  link?: string | undefined;
  caption?: Element | undefined;
}

/**
 * The photos of a container, each with the nearest caption that belongs to it alone (a gallery
 * item's), and the container's own caption when it has several photos (a gallery's caption).
 */
export function containedPhotos(container: Element): { photos: ContainedPhoto[]; caption?: Element | undefined } {
  const used = new Set<Element>();
  const ownCaption = (anc: Element) =>
    Array.from(anc.querySelectorAll(CAPTIONS)).find((c) => !used.has(c) && !c.querySelector('img'));
  const photos = photoImages(container).map((img): ContainedPhoto => {
    let link: string | undefined;
    let caption: Element | undefined;
    for (let anc = img.parentElement; anc; anc = anc.parentElement) {
      if (tagOf(anc) === 'a' && link === undefined) link = anc.getAttribute('href') ?? undefined;
      if (photoImages(anc).length > 1) break;
      caption ??= ownCaption(anc);
      if (anc === container) break;
    }
    if (caption) used.add(caption);
    return { img, link, caption };
  });
  const caption = photos.length > 1 ? ownCaption(container) : undefined;
  return { photos, caption };
}
