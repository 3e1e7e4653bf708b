import { join } from 'node:path';
import { ghostReader, type GhostReaderOptions } from '../../src/import/ghost/index.ts';
import type { SourcePost, SourceSite } from '../../src/import/source.ts';
import { PROJECT_ROOT } from './build.ts';

/** The hand-written Ghost export of the Hallam Ledger, and the photos unpacked beside it. */
export const GHOST_EXPORT = join(PROJECT_ROOT, 'tests/fixtures/import/ghost/export.json');
export const GHOST_PHOTOS = join(PROJECT_ROOT, 'tests/fixtures/import/ghost/content/images');
export const LEDGER = 'https://ledger.hallam.example';

/** Everything a reader gives for one export: the site and every post by slug. */
export async function readAll(file: string, options: GhostReaderOptions = {}) {
  const reader = ghostReader(file, options);
  const site: SourceSite = await reader.site();
  const posts: SourcePost[] = [];
  for await (const post of reader.posts()) posts.push(post);
  const bySlug = (slug: string) => {
    const post = posts.find((p) => p.slug === slug);
    if (!post) throw new Error(`no post ${slug} among ${posts.map((p) => p.slug).join(', ')}`);
    return post;
  };
  return { reader, site, posts, bySlug };
}

/** The kinds of a post's notes, in order. */
export const kinds = (post: SourcePost) => post.notes.map((n) => n.kind);
