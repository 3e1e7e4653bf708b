import { z } from 'astro/zod';
import { parseLocalDateTime } from '../lib/dates.ts';
import { breadcrumbsSchema } from './breadcrumbs.ts';
import { heroImageSchema } from './hero-image.ts';
import { articleIdSchema, relatedLinkSchema } from './related-link.ts';

export interface ArticleSchemaContext<Src extends z.ZodType> {
  /** Schema for image paths (Astro's `image()` or a string). */
  image: Src;
  /** Site time zone in which dates without an offset are read. */
  timezone: string;
  /** Section ids from the site config. */
  sections: readonly [string, ...string[]];
}

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'use lower-case words joined by hyphens' });

function dateTime(timezone: string) {
  return z.union([z.string(), z.date()], { error: 'write a date such as 2026-11-23 08:15' }).transform((value, ctx) => {
    const date = value instanceof Date ? value : parseLocalDateTime(value, timezone);
    if (date) return date;
    ctx.issues.push({
      code: 'custom',
      input: value,
      message: `"${String(value)}" is not a real date and time: write YYYY-MM-DD HH:mm in ${timezone} time, e.g. 2026-11-23 08:15`,
    });
    return z.NEVER;
  });
}

/** Frontmatter of a news article in `content/articles/**\/<id>.md`. */
export function articleSchema<Src extends z.ZodType>(ctx: ArticleSchemaContext<Src>) {
  return z
    .strictObject({
      /** The headline, as on the page and in search results. Keep it under 110 characters. */
      headline: z.string({ error: 'every article needs a headline' }).trim().min(1, { error: 'the headline is empty' }),
      /** Standfirst under the headline; also the page description for search and social. */
      dek: z.string().trim().min(1).optional(),
      /** Section id from the site config, e.g. `politics`. */
      section: z.enum(ctx.sections, { error: `choose one of: ${ctx.sections.join(', ')}` }),
      /** Author ids (file names in `content/authors/` without `.yaml`); one id or a list. */
      authors: z.preprocess(
        (v) => (typeof v === 'string' ? [v] : v),
        z.array(slug, { error: 'list author ids, e.g. [mara-okafor]' }).min(1, { error: 'name at least one author' }),
      ),
      /** First publication, in the site time zone unless an offset is given: `2026-11-23 08:15`. */
      published: dateTime(ctx.timezone),
      /** Last substantive update, same format; shown as "Updated". */
      updated: dateTime(ctx.timezone).optional(),
      /** Topic tags, lower-case with hyphens. */
      tags: z.array(slug).default([]),
      /** Drafts are never published. */
      draft: z.boolean({ error: 'write draft: true or draft: false' }).default(false),
      /** Lead photo with alt text, caption and credit. */
      hero: heroImageSchema(ctx.image).optional(),
      /** Steps before the headline in the breadcrumb trail; defaults to Home / <Section> / Article. */
      breadcrumbs: breadcrumbsSchema.optional(),
      /** Links shown in the "related" block at the end of the story. */
      related: z.array(relatedLinkSchema).default([]),
    })
    .superRefine((a, issue) => {
      if (a.updated && a.updated.getTime() < a.published.getTime()) {
        issue.addIssue({ code: 'custom', path: ['updated'], message: '`updated` is before `published`' });
      }
    });
}

export { articleIdSchema };
