import { defineCollection } from 'astro:content';
import { storyLoader } from './load/story-loader.ts';
import { authorLoader } from './load/author-loader.ts';
import { authorSchema } from './model/schemas/author.ts';
import { storySchema } from './model/schemas/story.ts';
import site from './site.config.ts';

export const collections = {
  articles: defineCollection({
    // Drafts and scheduled stories appear only in the preview (`npm run dev`), never in a build.
    loader: storyLoader(site, { includeUnpublished: process.env['BROADSHEET_PREVIEW'] === '1' }),
    // The checker's schema: photos are paths, which Broadsheet's own pipeline (src/images) resizes.
    schema: storySchema(site),
  }),
  authors: defineCollection({
    // Through the checker's author check: Astro's schema never refuses a file before the checker does.
    loader: authorLoader(),
    schema: authorSchema,
  }),
};
