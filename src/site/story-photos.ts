import type { StoryEntry } from './stories.ts';
import { resolve } from 'node:path';
import { replaceEmbedTokens } from '../markdown/embed-token.ts';
import { replacePhotoTokens, type PhotoToken } from '../markdown/photo-token.ts';
import { embedPoster } from './story-embeds.ts';
import { figcaptionHtml, linkedHtml, pictureHtml } from '../photos/picture-html.ts';
import type { Credit } from '../model/schemas/credit.ts';
import { withCaptionDate } from '../model/credit-line.ts';
import { readBody } from '../load/body-store.ts';
import { usePhotoFiles } from '../photos/page-photos.ts';
import { responsivePicture, type PhotoInput, type PictureData } from '../photos/pictures.ts';
import { photoSourcePath } from '../photos/remote-photo.ts';

/** Absolute path of a photo named relative to the story file, or of its fetched copy when named by address. */
export function photoPath(entry: StoryEntry, src: string): string {
  return photoSourcePath(resolve(entry.filePath ?? '.'), src);
}

// A wire caption's "Feb. 14" has no year: the story's own day gives it one.
const storyDay = (entry: StoryEntry) => entry.data.published.toISOString().slice(0, 10);

/** The lead photo of an article as the image pipeline wants it. */
export function heroInput(entry: StoryEntry): PhotoInput | undefined {
  const hero = entry.data.hero;
  if (!hero) return undefined;
  const focal = hero.focal && { x: hero.focal.x / 100, y: hero.focal.y / 100 };
  return {
    path: photoPath(entry, hero.src),
    alt: hero.alt,
    caption: hero.caption ?? hero.credit?.caption,
    credit: withCaptionDate(hero.credit, storyDay(entry)),
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

/** An inline photo is drawn at most 16rem wide (article.css), half the column on a phone. */
const INLINE_SIZES = '(min-width: 45rem) 16rem, 50vw';

interface Body {
  html: string;
  photos: PagePhoto[];
  /** Every photo file the body shows (embeds' thumbnails too). */
  files: string[];
  /** The origins the body's embeds frame, once each, in order: the page's CSP allows these alone. */
  frames: string[];
}
// The story page and the feeds ask for the same newest stories' bodies; a few hundred are kept, not
// every story's, so memory does not grow with the archive.
const bodies = new Map<StoryEntry, Promise<Body>>();
const KEPT_BODIES = 256;

/**
 * The rendered body with every in-body photo turned into a responsive, credited figure, and the
 * photos it shows (for their ImageObject structured data).
 */
export async function storyBodyHtml(entry: StoryEntry): Promise<Body> {
  let body = bodies.get(entry);
  if (!body) {
    body = renderBody(entry);
    bodies.set(entry, body);
    if (bodies.size > KEPT_BODIES) bodies.delete(bodies.keys().next().value!);
  }
  const made = await body;
  // Made once but shown by several pages: each of them must count as using the photos.
  usePhotoFiles(made.files);
  return made;
}

async function renderBody(entry: StoryEntry): Promise<Body> {
  const photos: PagePhoto[] = [];
  const files: string[] = [];
  let next = 0;
  const html = await replacePhotoTokens(await readBody(entry), async (token: PhotoToken) => {
    // Photos finish encoding in any order; keep them in the order they appear, so builds are identical.
    const slot = next++;
    const data = await responsivePicture(
      {
        path: photoPath(entry, token.src),
        alt: token.alt,
        caption: token.caption,
        credit: withCaptionDate(token.credit, storyDay(entry)),
      },
      'inline',
    );
    files.push(...data.files);
    // A photo in a sentence or a table is no news photo: no caption, and no ImageObject for it.
    if (token.inline) return pictureHtml(data, { alt: token.alt, sizes: INLINE_SIZES, inline: true });
    photos[slot] = pagePhoto(data, token.caption);
    const picture = pictureHtml(data, { alt: token.alt, sizes: '(min-width: 45rem) 40rem, 100vw' });
    return linkedHtml(picture, token.link) + figcaptionHtml(token.caption, data.credit);
  });
  const frames = new Set<string>();
  const withEmbeds = await replaceEmbedTokens(html, async (token) => {
    const embed = await embedPoster(token);
    files.push(...embed.files);
    if (embed.frameOrigin) frames.add(embed.frameOrigin);
    return embed.html;
  });
  // Inline photos leave their slots empty.
  return { html: withEmbeds, photos: photos.filter(Boolean), files, frames: [...frames] };
}
