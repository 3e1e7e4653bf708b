import { z } from 'astro/zod';
import { displayText } from '../markup.ts';
import { breadcrumbsSchema } from './breadcrumbs.ts';
import { contributorSchema, repeatedContributors } from './contributor.ts';
import { correctionSchema } from './correction.ts';
import { dateTimeSchema } from './date-time.ts';
import { leadPhotoSchema } from './lead-photo.ts';
import { liveSchema } from './live.ts';
import { redirectPathSchema } from './redirect-path.ts';
import { storyIdSchema, relatedLinkSchema } from './related-link.ts';

export interface StorySchemaContext<Src extends z.ZodType> {
  /** Schema for image paths (Astro's `image()` or a string). */
  image: Src;
  /** Site time zone in which dates without an offset are read. */
  timezone: string;
  /** Section ids from the site config. */
  sections: readonly [string, ...string[]];
}

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'use lower-case words joined by hyphens' });

/** Frontmatter of a news article in `content/articles/**\/<id>.md`. */
export function storyFrontmatterSchema<Src extends z.ZodType>(ctx: StorySchemaContext<Src>) {
  return z
    .strictObject({
      /** The headline, as on the page and in search results. Keep it under 110 characters. */
      headline: z
        .string({ error: 'every story needs a headline' })
        .trim()
        .min(1, { error: 'the headline is empty' })
        .transform(displayText),
      /** Where the story was reported, printed before the first paragraph, e.g. `HALLAM` or `KELDER QUAY`. */
      dateline: z.string().trim().min(1).max(40).transform(displayText).optional(),
      /** Standfirst under the headline; also the page description for search and social. */
      dek: z.string().trim().min(1).transform(displayText).optional(),
      /** Section id from the site config, e.g. `politics`. */
      section: z.enum(ctx.sections, { error: `choose one of: ${ctx.sections.join(', ')}` }),
      /** Author ids (file names in `content/authors/` without `.yaml`); one id or a list. */
      authors: z.preprocess(
        (v) => (typeof v === 'string' ? [v] : v),
        z.array(slug, { error: 'list author ids, e.g. [mara-okafor]' }).min(1, { error: 'name at least one author' }),
      ),
      /**
       * Others credited besides the byline, each `{ id, role }`: `[{ id: tomas-lind, role: additional-reporting }]`.
       * Shown after the byline, in the story's structured data and in the feeds.
       */
      contributors: z
        .array(contributorSchema)
        .superRefine((list, issue) => {
          for (const i of repeatedContributors(list)) {
            const params = { kind: 'DuplicateContributor' };
            issue.addIssue({ code: 'custom', path: [i], message: 'the same person twice in the same role', params });
          }
        })
        .default([]),
      /** First publication, in the site time zone unless an offset is given: `2026-11-23 08:15`. */
      published: dateTimeSchema(ctx.timezone),
      /** Last substantive update, same format; shown as "Updated". */
      updated: dateTimeSchema(ctx.timezone).optional(),
      /** Topic tags, lower-case with hyphens. */
      tags: z.array(slug).default([]),
      /** Drafts are never published. */
      draft: z.boolean({ error: 'write draft: true or draft: false' }).default(false),
      /** Lead photo with alt text, caption and credit. */
      hero: leadPhotoSchema(ctx.image).optional(),
      /** Steps before the headline in the breadcrumb trail; defaults to Home / <Section> / Article. */
      breadcrumbs: breadcrumbsSchema.optional(),
      /** Links shown in the "related" block at the end of the story. */
      related: z.array(relatedLinkSchema).default([]),
      /** Corrections log, each `{ date, text }`: shown under the story, on /corrections/ and in search data. */
      corrections: z.array(correctionSchema(ctx.timezone)).default([]),
      /** Addresses the story had before, e.g. `[/politics/old-id/]`, `/2019/old.html`, `/?p=12`; they keep working. */
      redirectFrom: z.array(redirectPathSchema).default([]),
      /** Makes the story a live blog, its body a run of `:::update` blocks: `{ start, end, status, keyPoints }`. */
      live: liveSchema(ctx.timezone).optional(),
    })
    .superRefine((a, issue) => {
      // `params.kind` names the problem in the checker's catalogue (src/check/catalogue/), which words it.
      if (a.updated && a.updated.getTime() < a.published.getTime()) {
        const params = { kind: 'UpdatedBeforePublished' };
        issue.addIssue({ code: 'custom', path: ['updated'], message: '`updated` is before `published`', params });
      }
      if (a.live?.end && a.live.end.getTime() < a.live.start.getTime()) {
        const params = { kind: 'LiveEndBeforeStart' };
        issue.addIssue({ code: 'custom', path: ['live', 'end'], message: '`live.end` is before `live.start`', params });
      }
      a.corrections.forEach((c, i) => {
        if (c.date.getTime() < a.published.getTime())
          issue.addIssue({
            code: 'custom',
            path: ['corrections', i, 'date'],
            message: 'the correction is dated before `published`',
            params: { kind: 'CorrectionBeforePublished' },
          });
      });
    });
}

export { storyIdSchema };
