import { dirname, resolve } from 'node:path';
import { formatCredit } from '../credit-line.ts';
import type { ArticleEntry } from '../news.ts';
import { replacePhotoTokens, type PhotoToken } from '../../plugins/photo-token.ts';
import { pictureHtml } from './picture-html.ts';
import type { PagePhoto } from './image-objects.ts';
import { responsivePicture, type PhotoInput, type PictureData } from './pictures.ts';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

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

/** The largest JPEG of a picture: what structured data and feeds point at. */
export function pagePhoto(data: PictureData, caption: string | undefined): PagePhoto {
  const largest = data.img.srcset.split(', ').at(-1)?.split(' ')[0] ?? data.img.url;
  const width = Math.max(...data.img.srcset.split(', ').map((s) => Number(s.split(' ')[1]?.replace('w', ''))));
  return { url: largest, width, height: Math.round((data.img.height * width) / data.img.width), credit: data.credit, caption };
}

/**
 * The rendered body with every in-body photo turned into a responsive, credited figure, and the
 * photos it shows (for their ImageObject structured data).
 */
export async function articleBody(entry: ArticleEntry): Promise<{ html: string; photos: PagePhoto[] }> {
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
    const caption = token.caption ? `<span class="figure__caption">${esc(token.caption)}</span>` : '';
    const credit = data.credit ? `<span class="figure__credit">Credit: ${esc(formatCredit(data.credit))}</span>` : '';
    const figcaption = caption || credit ? `<figcaption>${[caption, credit].filter(Boolean).join(' ')}</figcaption>` : '';
    return pictureHtml(data, { alt: token.alt, sizes: '(min-width: 45rem) 40rem, 100vw' }) + figcaption;
  });
  return { html, photos };
}
