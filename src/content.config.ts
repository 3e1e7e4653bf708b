import { resolve } from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleLoader } from './load/story-loader.ts';
import { contentDir } from './model/paths.ts';
import { authorSchema } from './model/schemas/author.ts';
import { storySchema } from './model/schemas/story.ts';
import site from './site.config.ts';

export const collections = {
  articles: defineCollection({
    // Drafts and scheduled stories appear only in the preview (`npm run dev`), never in a build.
    loader: articleLoader(site, { includeUnpublished: process.env['BROADSHEET_PREVIEW'] === '1' }),
    // The checker's schema: photos are paths, which Broadsheet's own pipeline (src/images) resizes.
    schema: storySchema(site),
  }),
  authors: defineCollection({
    loader: glob({ pattern: '*.{yaml,yml}', base: resolve(contentDir(), 'authors') }),
    schema: authorSchema,
  }),
};
