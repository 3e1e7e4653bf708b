import { resolve } from 'node:path';
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { glob } from 'astro/loaders';
import { articleLoader } from './lib/article-loader.ts';
import { contentDir } from './lib/paths.ts';
import { articleSchema } from './schemas/article.ts';
import { authorSchema } from './schemas/author.ts';
import site from './site.config.ts';

const sections = site.sections.map((s) => s.id) as [string, ...string[]];

export const collections = {
  articles: defineCollection({
    // Drafts and scheduled stories appear only in the preview (`npm run dev`), never in a build.
    loader: articleLoader(site, { includeUnpublished: process.env['BROADSHEET_PREVIEW'] === '1' }),
    // Photos are paths: Broadsheet's own pipeline (src/lib/images) resizes them and keeps their credits.
    schema: articleSchema({ image: z.string(), timezone: site.timezone, sections }),
  }),
  authors: defineCollection({
    loader: glob({ pattern: '*.{yaml,yml}', base: resolve(contentDir(), 'authors') }),
    schema: authorSchema,
  }),
};
