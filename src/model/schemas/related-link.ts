import { z } from 'astro/zod';
import { displayText } from '../markup.ts';

export const DEFAULT_RELATED_LABEL = 'Read More';

/** An article id: the article's file name without `.md`. */
export const storyIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'a story id is its file name without .md, e.g. harbour-fees-rise' });

/** A labelled link to another story, resolved at build time to that story's current headline and URL. */
export const relatedLinkSchema = z.preprocess(
  (value) => (typeof value === 'string' ? { id: value } : value),
  z.strictObject({
    /** Id of the target article (its file name without `.md`). */
    id: storyIdSchema,
    /** Label shown before the headline, e.g. `Read More`, `Also Read`, `Read Next`. */
    label: z.string().trim().min(1).max(40).default(DEFAULT_RELATED_LABEL).transform(displayText),
  }),
);

export type RelatedLink = z.output<typeof relatedLinkSchema>;
