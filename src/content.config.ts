import { resolve } from 'node:path';
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { glob } from 'astro/loaders';
import { articleLoader } from './load/story-loader.ts';
import { contentDir } from './model/paths.ts';
import { articleSchema } from './model/schemas/article.ts';
import { authorSchema } from './model/schemas/author.ts';
import site from './site.config.ts';

const sections = site.sections.map((s) => s.id) as [string, ...string[]];

export const collections = {
  articles: defineCollection({
    // Drafts and scheduled stories appear only in the preview (`npm run dev`), never in a build.
    loader: articleLoader(site, { includeUnpublished: process.env['BROADSHEET_PREVIEW'] === '1' }),
    // Photos are paths: Broadsheet's own pipeline (src/images) resizes them and keeps their credits.
    schema: articleSchema({ image: z.string(), timezone: site.timezone, sections }),
  }),
  authors: defineCollection({
    loader: glob({ pattern: '*.{yaml,yml}', base: resolve(contentDir(), 'authors') }),
    schema: authorSchema,
  }),
};
