import type { StoryEntry } from '../site/stories.ts';
import site from '../site.config.ts';
import { storyBodyHtml, heroInput, pagePhoto, type PagePhoto } from '../site/story-photos.ts';
import { imageObjectsLd } from './structured-data.ts';
import { responsivePicture, socialCard, structuredCrops, type ImageRef } from '../photos/pictures.ts';

export interface StoryPagePhotos {
  /** The body HTML with its photos filled in. */
  bodyHtml: string;
  /** 16:9, 4:3 and 1:1 lead-photo crops for NewsArticle `image`, with the lead photo's credit. */
  crops: PagePhoto[];
  /** The 1200×630 share card for `og:image`/`twitter:image`, with its alt text. */
  card: (ImageRef & { alt: string }) | undefined;
  /** ImageObject JSON-LD for every credited photo on the page. */
  imageObjects: object[];
}

/** Everything an article page needs from the image pipeline, in one call. */
export async function storyPagePhotos(entry: StoryEntry): Promise<StoryPagePhotos> {
  const hero = heroInput(entry);
  const body = await storyBodyHtml(entry);
  if (!hero) return { bodyHtml: body.html, crops: [], card: undefined, imageObjects: imageObjectsLd(body.photos) };
  const [lead, crops, card] = await Promise.all([
    responsivePicture(hero, 'hero'),
    structuredCrops(hero),
    socialCard(hero, { headline: entry.data.headline, siteName: site.name }),
  ]);
  return {
    bodyHtml: body.html,
    crops: crops.map((crop) => ({ ...crop, credit: lead.credit, caption: hero.caption })),
    card: { ...card, alt: hero.alt },
    imageObjects: imageObjectsLd([pagePhoto(lead, hero.caption), ...body.photos]),
  };
}
