import { MAX_BODY_PHOTOS, MAX_PHOTO_VERSIONS } from '../../check/photo-count.ts';
import { note, type Conversion } from './context.ts';

/**
 * Whether one more photo fits in the story, counted as the checker counts them (check/photo-count.ts):
 * at most 100 photos, and 60 versions (a photo shown again with the same words is free). A gallery
 * past that is cut, with a note, rather than stopping the build.
 */
export function admitPhoto(c: Conversion, version: unknown[]): boolean {
  const key = JSON.stringify(version);
  const fresh = !c.photos.versions.has(key);
  if (c.photos.shown >= MAX_BODY_PHOTOS || (fresh && c.photos.versions.size >= MAX_PHOTO_VERSIONS)) {
    c.photos.left++;
    return false;
  }
  c.photos.shown++;
  c.photos.versions.add(key);
  return true;
}

/** The note for photos left out, once the whole body is converted. */
export function notePhotosLeftOut(c: Conversion) {
  const { left } = c.photos;
  if (left)
    note(
      c,
      'too-many-photos',
      `${left} photo${left > 1 ? 's' : ''} past what a story may show (${MAX_BODY_PHOTOS} photos, ${MAX_PHOTO_VERSIONS} different ones) left out`,
    );
}
