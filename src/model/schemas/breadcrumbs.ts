import { z } from 'astro/zod';
import { displayText } from '../markup.ts';
import { linkableHref } from '../site-path.ts';

/** One step of the trail shown above the headline. */
export const crumbSchema = z.strictObject({
  /** Text the reader sees, e.g. `Politics`. */
  label: z.string().trim().min(1).transform(displayText),
  /** Site path (`/politics/`) or full URL the step links to. */
  href: z
    .string()
    .regex(/^(\/|https?:\/\/)/, { error: 'start the link with / (a page on this site) or https://', abort: true })
    // The pattern above is what editors' completion (the JSON Schema) shows; this is the whole rule.
    .refine((href) => linkableHref(href) !== undefined, {
      error: 'start the link with one / and the path (a page on this site), or https://',
    }),
});

/**
 * Overrides the default trail `Home / <Section> / Article`. List the steps before the headline;
 * the headline itself is always appended as the current page.
 */
export const breadcrumbsSchema = z.array(crumbSchema).min(1, { error: 'list at least one step, e.g. Home' });

export type Crumb = z.output<typeof crumbSchema>;
