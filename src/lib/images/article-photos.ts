import { dirname, resolve } from 'node:path';
import type { ArticleEntry } from '../news.ts';
import { replacePhotoTokens, type PhotoToken } from '../../plugins/photo-token.ts';
import { figcaptionHtml, pictureHtml } from './picture-html.ts';
import type { Credit } from '../../schemas/credit.ts';
import { responsivePicture, type PhotoInput, type PictureData } from './pictures.ts';

/** Absolute path of a photo named relative to the article file. */
export function photoPath(entry: ArticleEntry, src: string): string {
  return resolve(dirname(resolve(entry.filePath ?? '.')), src);
}

/** The lead photo of an article as the image pipeline wants it. */
export function heroInput(entry: ArticleEntry): PhotoInput | undefined {
  const hero = entry.data.hero;
  if (!hero) return undefined;
  const focal = hero.focal && { x: hero.focal.x / 100, y: hero.focal.y / 100 };
  return {
    path: photoPath(entry, hero.src),
    alt: hero.alt,
    caption: hero.caption ?? hero.credit?.caption,
    credit: hero.credit,
    focal,
  };
}

/** A photo as it appears on a page, for structured data and feeds. */
export interface PagePhoto {
  /** Site path of the widest JPEG derivative (or of a crop). */
  url: string;
  width: number;
  height: number;
  credit: Credit | undefined;
  caption?: string | undefined;
}

/** A picture as structured data and feeds describe it: its widest JPEG, credit and caption. */
export function pagePhoto(data: PictureData, caption: string | undefined): PagePhoto {
  return { ...data.largest, credit: data.credit, caption };
}

const bodies = new WeakMap<ArticleEntry, Promise<{ html: string; photos: PagePhoto[] }>>();

/**
 * The rendered body with every in-body photo turned into a responsive, credited figure, and the
 * photos it shows (for their ImageObject structured data). Made once per story per build: the story
 * page and the feeds both need it.
 */
export function articleBody(entry: ArticleEntry): Promise<{ html: string; photos: PagePhoto[] }> {
  let body = bodies.get(entry);
  if (!body) {
    body = renderBody(entry);
    bodies.set(entry, body);
  }
  return body;
}

async function renderBody(entry: ArticleEntry): Promise<{ html: string; photos: PagePhoto[] }> {
  const photos: PagePhoto[] = [];
  let next = 0;
  const html = await replacePhotoTokens(entry.rendered?.html ?? '', async (token: PhotoToken) => {
    // Photos finish encoding in any order; keep them in the order they appear, so builds are identical.
    const slot = next++;
    const data = await responsivePicture(
      { path: photoPath(entry, token.src), alt: token.alt, caption: token.caption, credit: token.credit },
      'inline',
    );
    photos[slot] = pagePhoto(data, token.caption);
    return (
      pictureHtml(data, { alt: token.alt, sizes: '(min-width: 45rem) 40rem, 100vw' }) + figcaptionHtml(token.caption, data.credit)
    );
  });
  return { html, photos };
}
