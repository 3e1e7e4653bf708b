import { z } from 'astro/zod';

/** A journalist, stored as `content/authors/<id>.yaml`. */
export const authorSchema = z.strictObject({
  /** Name as printed in the byline. */
  name: z.string().trim().min(1),
  /** Job title, e.g. `Political Correspondent`. */
  role: z.string().trim().min(1).optional(),
  /** A sentence or two for the author page. */
  bio: z.string().trim().min(1).optional(),
  /** Portrait for the author page, relative to this file, e.g. `../images/authors/mara-okafor.jpg`. */
  photo: z.string().trim().min(1, { error: 'give the path of the portrait, relative to this file' }).optional(),
});

export type Author = z.output<typeof authorSchema>;
