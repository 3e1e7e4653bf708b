import type { BodyFacts } from './body.ts';
import { problem, type Problem, type Where } from './problems.ts';

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

/** Too many photos, or too many versions of them to encode; reported at the body's first line. */
export function photoCountProblems(facts: BodyFacts, where: Where): Problem[] {
  const photos = facts.figures.length + facts.inlinePhotos.length;
  const versions = new Set([
    ...facts.figures.map((f) => JSON.stringify([f.src, f.alt, f.title ?? null, f.credit ?? null])),
    ...facts.inlinePhotos.map((i) => JSON.stringify([i.src, i.alt, i.decorative])),
  ]).size;
  const out: Problem[] = [];
  if (photos > MAX_BODY_PHOTOS) out.push(problem('TooManyPhotos', where, { count: photos, limit: MAX_BODY_PHOTOS }));
  else if (versions > MAX_PHOTO_VERSIONS)
    out.push(problem('TooManyPhotoVersions', where, { versions, photos, limit: MAX_PHOTO_VERSIONS }));
  return out;
}
