import { join } from 'node:path';
import type { SourcePost, SourceSite } from '../../src/import/source.ts';
import { wordpressReader, type WordpressOptions } from '../../src/import/wordpress/index.ts';
import { PROJECT_ROOT } from './build.ts';

/** The Hallam Courier's invented WordPress export and its uploads (tests/fixtures/import/wordpress/). */
export const WORDPRESS_FIXTURE = join(PROJECT_ROOT, 'tests/fixtures/import/wordpress');
export const FIXTURE_SITE = 'https://hallam-courier.example';
export const FIXTURE_UPLOADS = `${FIXTURE_SITE}/wp-content/uploads`;

/** The fixture export read whole, as the importer would: the site, then every post by key. */
export async function readWordpressFixture(
  options: Partial<WordpressOptions> = {},
): Promise<{ site: SourceSite; posts: Map<string, SourcePost> }> {
  const reader = wordpressReader(join(WORDPRESS_FIXTURE, 'export.xml'), { timezone: 'Europe/London', ...options });
  const site = await reader.site();
  const posts = new Map<string, SourcePost>();
  for await (const post of reader.posts()) posts.set(post.key, post);
  return { site, posts };
}
