import { createHash } from 'node:crypto';
import type { Credit } from '../model/schemas/credit.ts';
import type { EncodeJob } from './encode.ts';
import { effectiveCredit, inspectPhoto, type Photo } from './photo.ts';
import { planCrop, planResponsive, planStructuredCrops, variantFile, type ImageRole, type Variant } from './plan.ts';
import { registerJob } from './derivative-jobs.ts';
import { CARD, type CardText } from './social-card.ts';
import type { TextCard } from './text-card.ts';
import { cacheVersion } from '../incremental/cache-version.ts';
import type { EmbeddedCredit } from './xmp.ts';

export interface PhotoInput {
  /** Absolute path of the source photo. */
  path: string;
  alt: string;
  caption?: string | undefined;
  credit?: Credit | undefined;
  /** Point to keep in crops, as fractions of width and height. */
  focal?: { x: number; y: number } | undefined;
}

export interface ImageRef {
  url: string;
  width: number;
  height: number;
}

export interface PictureData {
  sources: { type: string; srcset: string }[];
  img: ImageRef & { srcset: string };
  /** The widest JPEG: what structured data and feeds point at. */
  largest: ImageRef;
  /** The credit shown and embedded: frontmatter, else the file's own. */
  credit: Credit | undefined;
  /** Every derivative's file name under `/_media/`. */
  files: string[];
}

const MIME = { avif: 'image/avif', webp: 'image/webp', jpeg: 'image/jpeg' } as const;
const CENTRE = { x: 0.5, y: 0.5 };

async function prepare(input: PhotoInput): Promise<{ photo: Photo; embedded: EmbeddedCredit }> {
  const key = JSON.stringify([input.credit ?? null, input.alt, input.caption ?? null]);
  const photo = await inspectPhoto(input.path, key);
  return { photo, embedded: { credit: effectiveCredit(input.credit, photo.fileCredit), alt: input.alt, caption: input.caption } };
}

const register = (input: PhotoInput, embedded: EmbeddedCredit, variant: Variant, card?: CardText): ImageRef => ({
  url: registerJob({ source: input.path, variant, embedded, card } satisfies EncodeJob),
  width: variant.width,
  height: variant.height,
});

/** AVIF, WebP and JPEG at every planned width; the files are written once the pages are rendered. */
export async function responsivePicture(input: PhotoInput, role: ImageRole): Promise<PictureData> {
  const { photo, embedded } = await prepare(input);
  const variants = planResponsive(photo, role);
  const srcset = (format: Variant['format']) =>
    variants
      .filter((v) => v.format === format)
      .map((v) => `${register(input, embedded, v).url} ${v.width}w`)
      .join(', ');
  const sources = (['avif', 'webp'] as const).map((format) => ({ type: MIME[format], srcset: srcset(format) }));
  const jpegs = variants.filter((v) => v.format === 'jpeg');
  const fallback = jpegs.find((v) => v.width >= 800) ?? jpegs.at(-1)!;
  return {
    sources,
    img: { ...register(input, embedded, fallback), srcset: srcset('jpeg') },
    largest: register(input, embedded, jpegs.at(-1)!),
    credit: embedded.credit,
    files: variants.map((v) => v.file),
  };
}

/** 16:9, 4:3 and 1:1 crops of a lead photo for NewsArticle `image`. */
export async function structuredCrops(input: PhotoInput): Promise<ImageRef[]> {
  const { photo, embedded } = await prepare(input);
  return planStructuredCrops(photo, input.focal ?? CENTRE).map((v) => register(input, embedded, v));
}

/** The 1200×630 card shared on social networks: the photo cropped, the headline set over it. */
export async function socialCard(input: PhotoInput, text: CardText): Promise<ImageRef> {
  const { photo, embedded } = await prepare(input);
  // The words drawn on the card are part of its name: a new headline is a new card.
  const words = createHash('sha256').update(`${text.siteName}\n${text.headline}`).digest('hex').slice(0, 8);
  const crop = planCrop(photo, CARD.width / CARD.height, input.focal ?? CENTRE, CARD.width, `-card-${words}`);
  // A card is always full size, even from a small photo: networks crop or reject smaller ones.
  return register(input, embedded, { ...crop, width: CARD.width, height: CARD.height }, text);
}

/**
 * The 1200×630 card of a story without a lead photo: drawn from its words and the paper's colours.
 * Everything drawn and the pipeline's code (`photos` version) name the file, as for every derivative.
 */
export function drawnCard(card: TextCard, alt: string): ImageRef {
  return { url: registerJob(drawnCardJob(card, alt)), width: CARD.width, height: CARD.height };
}

/** The job that draws `card`, registered by nobody: for encoding it before a page asks (early-encode.ts). */
export function drawnCardJob(card: TextCard, alt: string): EncodeJob {
  const hash = createHash('sha256').update(JSON.stringify(card)).update(cacheVersion('photos')).digest('hex');
  const source = { ...CARD, hash, stem: 'story' };
  const variant: Variant = { format: 'jpeg', ...CARD, file: variantFile(source, 'jpeg', CARD.width, '-card') };
  const embedded: EmbeddedCredit = { credit: undefined, alt, caption: undefined };
  return { source: undefined, variant, embedded, drawn: card };
}
