import type { StoryEntry } from '../site/stories.ts';
import site from '../site.config.ts';
import { storyBodyHtml, heroInput, pagePhoto, type PagePhoto } from '../site/story-photos.ts';
import { imageObjectsLd } from './structured-data.ts';
import { storyTextCard } from '../photos/text-card.ts';
import { drawnCard, responsivePicture, socialCard, structuredCrops, type ImageRef } from '../photos/pictures.ts';

export interface StoryPagePhotos {
  /** The body HTML with its photos filled in. */
  bodyHtml: string;
  /**
   * NewsArticle `image`: 16:9, 4:3 and 1:1 lead-photo crops with the lead photo's credit; for a story
   * without a lead photo, its drawn share card.
   */
  crops: PagePhoto[];
  /** The 1200×630 share card for `og:image`/`twitter:image`, with its alt text. */
  card: (ImageRef & { alt: string }) | undefined;
  /** ImageObject JSON-LD for every credited photo on the page. */
  imageObjects: object[];
  /** The origins the body's embeds frame: the page's CSP allows these in `frame-src`, and no other. */
  frames: string[];
}

/** Everything an article page needs from the image pipeline, in one call. */
export async function storyPagePhotos(entry: StoryEntry): Promise<StoryPagePhotos> {
  const hero = heroInput(entry);
  const body = await storyBodyHtml(entry);
  if (!hero) {
    const card = wordsCard(entry);
    return {
      bodyHtml: body.html,
      frames: body.frames,
      crops: [{ ...card, credit: undefined }],
      card,
      imageObjects: imageObjectsLd(body.photos),
    };
  }
  const [lead, crops, card] = await Promise.all([
    responsivePicture(hero, 'hero'),
    structuredCrops(hero),
    socialCard(hero, { headline: entry.data.headline, siteName: site.name }),
  ]);
  return {
    bodyHtml: body.html,
    frames: body.frames,
    crops: crops.map((crop) => ({ ...crop, credit: lead.credit, caption: hero.caption })),
    card: { ...card, alt: hero.alt },
    imageObjects: imageObjectsLd([pagePhoto(lead, hero.caption), ...body.photos]),
  };
}

/** A story without a lead photo still gets a card to share: its headline on the paper's colours. */
function wordsCard(entry: StoryEntry): ImageRef & { alt: string } {
  // The checker has refused any section the config lacks, so the card is always there.
  const { card, alt } = storyTextCard(entry.data.headline, entry.data.section, site)!;
  return { ...drawnCard(card, alt), alt };
}
