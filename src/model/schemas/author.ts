import { z } from 'astro/zod';

/** An https address, as a profile elsewhere must be: readers follow it from the author page. */
const profileUrl = z.url({
  protocol: /^https$/,
  hostname: z.regexes.domain,
  error: 'give the full https address of the profile, e.g. https://social.example/@mara',
});

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
  /**
   * The journalist's profiles elsewhere, each a full https address: a social account, their
   * Wikidata entry, a personal site. Linked from the author page ("Elsewhere") and given to search
   * engines as the same person (`sameAs`).
   */
  sameAs: z
    .array(profileUrl)
    .superRefine((list, issue) => {
      list.forEach((url, i) => {
        if (list.indexOf(url) < i)
          issue.addIssue({
            code: 'custom',
            path: [i],
            message: `"${url}" is listed twice`,
            params: { kind: 'DuplicateProfileLink' },
          });
      });
    })
    .default([]),
});

export type Author = z.output<typeof authorSchema>;
