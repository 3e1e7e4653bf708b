import { z } from 'astro/zod';

/** A journalist, stored as `content/authors/<id>.yaml`. */
export const authorSchema = z.strictObject({
  /** Name as printed in the byline. */
  name: z.string().trim().min(1),
  /** Job title, e.g. `Political Correspondent`. */
  role: z.string().trim().min(1).optional(),
  /** A sentence or two for the author page. */
  bio: z.string().trim().min(1).optional(),
});

export type Author = z.output<typeof authorSchema>;
