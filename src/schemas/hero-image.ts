import { z } from 'astro/zod';
import { creditSchema } from './credit.ts';

/**
 * The lead photo. `src` is given by the caller: Astro's `image()` inside the build (so the file is
 * resolved and optimised), a plain path string in the standalone checker.
 */
export function heroImageSchema<Src extends z.ZodType>(src: Src) {
  return z.strictObject({
    /** Path of the photo relative to the article file, e.g. `../../images/assembly.jpg`. */
    src,
    /** What the photo shows, for readers who cannot see it. Required: news photos are never decoration. */
    alt: z.string({ error: 'describe the photo for readers who cannot see it' }).trim().min(1, {
      error: 'describe the photo for readers who cannot see it',
    }),
    /** Caption shown under the photo. */
    caption: z.string().trim().min(1).optional(),
    /** Who took or supplied the photo: a wire-style line or the structured fields. */
    credit: creditSchema.optional(),
  });
}
