import { z } from 'astro/zod';
import { displayText } from '../markup.ts';
import { creditSchema } from './credit.ts';

/**
 * The lead photo. `src` is given by the caller so the checker can validate the path its own way;
 * both the build and the checker read it as a path relative to the article.
 */
export function leadPhotoSchema<Src extends z.ZodType>(src: Src) {
  return z.strictObject({
    /** Path of the photo relative to the article file, e.g. `../../images/assembly.jpg`. */
    src,
    /** What the photo shows, for readers who cannot see it. Required: news photos are never decoration. */
    alt: z
      .string({ error: 'describe the photo for readers who cannot see it' })
      .trim()
      .min(1, { error: 'describe the photo for readers who cannot see it' })
      .transform(displayText),
    /** Caption shown under the photo. */
    caption: z.string().trim().min(1).transform(displayText).optional(),
    /** Who took or supplied the photo: a wire-style line or the structured fields. */
    credit: creditSchema.optional(),
    /** The point crops must keep, in percent from the left and top: `{ x: 50, y: 30 }`. Default: the centre. */
    focal: z
      .strictObject({
        /** Percent from the left edge, 0–100. */
        x: z.number().min(0).max(100),
        /** Percent from the top edge, 0–100. */
        y: z.number().min(0).max(100),
      })
      .optional(),
  });
}
