import type { BodyFacts } from './body.ts';
import { problem, type Problem } from './problems.ts';

/**
 * In-body photos one story may show. A news gallery runs to a few dozen; each photo costs a page
 * reader's bandwidth and the build its derivatives, so past this it is a paste gone wrong (a 200 KB
 * body fits about 4,000 figures: an hour of encoding).
 */
export const MAX_BODY_PHOTOS = 100;
/**
 * Different versions of the body's photos: the alt text, caption and credit are written into every
 * derivative, so a photo shown again with other words is encoded again (16 files each). Sixty is more
 * than the largest gallery we know of; a photo repeated with the same words is free.
 */
export const MAX_PHOTO_VERSIONS = 60;

const n = (count: number) => count.toLocaleString('en');

/** Too many photos, or too many versions of them to encode: reported at the first photo past the limit. */
export function photoCountProblems(facts: BodyFacts, file: string): Problem[] {
  const photos = [
    ...facts.figures.map((f) => ({ line: f.line, version: JSON.stringify([f.src, f.alt, f.title ?? null, f.credit ?? null]) })),
    ...facts.inlinePhotos.map((i) => ({ line: i.line, version: JSON.stringify([i.src, i.alt, i.decorative]) })),
  ].sort((a, b) => a.line - b.line);
  if (photos.length > MAX_BODY_PHOTOS) {
    const values = { count: n(photos.length), limit: n(MAX_BODY_PHOTOS) };
    return [problem('TooManyPhotos', { file, line: photos[MAX_BODY_PHOTOS]!.line }, values)];
  }
  const versions = new Set<string>();
  for (const p of photos) {
    versions.add(p.version);
    if (versions.size > MAX_PHOTO_VERSIONS) {
      const values = {
        versions: n(new Set(photos.map((q) => q.version)).size),
        photos: n(photos.length),
        limit: n(MAX_PHOTO_VERSIONS),
      };
      return [problem('TooManyPhotoVersions', { file, line: p.line }, values)];
    }
  }
  return [];
}
