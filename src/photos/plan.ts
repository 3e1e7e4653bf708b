/**
 * Pure planning of image derivatives: which widths, formats and crops a photo gets, and the
 * file names they are stored under. No I/O here, so every rule is unit-tested cheaply.
 */
import { createHash } from 'node:crypto';

export type ImageFormat = 'avif' | 'webp' | 'jpeg';
export type ImageRole = 'hero' | 'inline' | 'card';

export interface SourceInfo {
  width: number;
  height: number;
  /**
   * Hash of the source bytes, the embedded credit and the pipeline's code version (photo.ts): a new
   * credit, or new encoding code, is a new file.
   */
  hash: string;
  /** Readable stem for URLs, e.g. `assembly-chamber`. */
  stem: string;
}

/** A crop as fractions of the source, so it is independent of the source's pixel size. */
export interface Crop {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Variant {
  format: ImageFormat;
  width: number;
  height: number;
  crop?: Crop | undefined;
  /** Final file name under `/_media/`. */
  file: string;
}

export const FORMATS: readonly ImageFormat[] = ['avif', 'webp', 'jpeg'];
export const ROLE_WIDTHS: Record<ImageRole, readonly number[]> = {
  hero: [480, 800, 1200, 1600],
  inline: [480, 800, 1200],
  card: [400, 800],
};
/** Encoder settings. Like all the pipeline's code, part of every file name (photo.ts), so changing them re-encodes. */
export const ENCODER = {
  avif: { quality: 55, effort: 2 },
  webp: { quality: 75, effort: 4 },
  jpeg: { quality: 78, mozjpeg: true },
  /**
   * The drawn card of a story without a lead photo (flat colour and type): mozjpeg without trellis
   * quantisation, a third of the CPU for 17% more bytes (14 ms against 42 ms, 47 kB against 39 kB,
   * measured here). One per story, so at 1,000 stories it was two thirds of a cold build.
   */
  drawn: { quality: 78, mozjpeg: true, trellisQuantisation: false, overshootDeringing: false, optimiseScans: false },
} as const;
const EXT: Record<ImageFormat, string> = { avif: 'avif', webp: 'webp', jpeg: 'jpg' };

/** Widths for a role that do not enlarge the source; a small source gets its own width once. */
export function plannedWidths(source: Pick<SourceInfo, 'width'>, role: ImageRole): number[] {
  const widths = ROLE_WIDTHS[role].filter((w) => w <= source.width);
  return widths.length ? widths : [source.width];
}

/**
 * `<stem>-<key><tag>-<width>.<ext>`: the key is the photo's hash, and for a crop that with the crop
 * box, so moving the focal point makes new files instead of reusing the old crop's.
 */
export function variantFile(source: SourceInfo, format: ImageFormat, width: number, tag = '', crop?: Crop): string {
  const key = crop
    ? createHash('sha256')
        .update(`${source.hash}\n${JSON.stringify(crop)}`)
        .digest('hex')
    : source.hash;
  return `${source.stem}-${key.slice(0, 10)}${tag}-${width}.${EXT[format]}`;
}

/** Every derivative of a responsive photo: all formats at every planned width. */
export function planResponsive(source: SourceInfo, role: ImageRole): Variant[] {
  return plannedWidths(source, role).flatMap((width) =>
    FORMATS.map((format) => ({
      format,
      width,
      height: Math.round((source.height * width) / source.width),
      file: variantFile(source, format, width),
    })),
  );
}

/** The largest box of `aspect` (w/h) inside the source, centred on the focal point as far as the edges allow. */
export function cropBox(source: Pick<SourceInfo, 'width' | 'height'>, aspect: number, focal: { x: number; y: number }): Crop {
  const sourceAspect = source.width / source.height;
  const width = aspect < sourceAspect ? aspect / sourceAspect : 1;
  const height = aspect < sourceAspect ? 1 : sourceAspect / aspect;
  const clamp = (v: number, size: number) => Math.min(Math.max(v - size / 2, 0), 1 - size);
  return { left: clamp(focal.x, width), top: clamp(focal.y, height), width, height };
}

/** A crop at up to `maxWidth` pixels wide, never enlarged. */
export function planCrop(
  source: SourceInfo,
  aspect: number,
  focal: { x: number; y: number },
  maxWidth: number,
  tag: string,
): Variant {
  const crop = cropBox(source, aspect, focal);
  const width = Math.min(maxWidth, Math.floor(crop.width * source.width));
  return { format: 'jpeg', width, height: Math.round(width / aspect), crop, file: variantFile(source, 'jpeg', width, tag, crop) };
}

/** The 16:9, 4:3 and 1:1 versions search engines want for a lead photo, at least 1200 px wide when possible. */
export function planStructuredCrops(source: SourceInfo, focal: { x: number; y: number }): Variant[] {
  return [
    planCrop(source, 16 / 9, focal, 1600, '-16x9'),
    planCrop(source, 4 / 3, focal, 1600, '-4x3'),
    planCrop(source, 1, focal, 1600, '-1x1'),
  ];
}
