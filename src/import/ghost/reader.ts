import type { SourcePost, SourceReader, SourceSite } from '../source.ts';
import { sourceAuthor } from './authors.ts';
import { exportRows } from './export-stream.ts';
import { photoFinder } from './local-photo.ts';
import { sourcePost, type PostContext } from './post.ts';
import { otherAddresses, siteAddress } from './site-url.ts';
import { readTables, type GhostTables } from './tables.ts';
import { primaryTags } from './taxonomy.ts';

/** How a Ghost export is read. */
export interface GhostReaderOptions {
  /** Import Ghost pages (`type: page`) as stories too; left out by default. */
  pages?: boolean | undefined;
  /** The site's public address (`https://news.example`): replaces `__GHOST_URL__` and makes old URLs absolute. */
  baseUrl?: string | undefined;
}

const POSTS = new Set(['posts']);

/**
 * Reads a Ghost JSON export (Ghost 0.x to 5.x, with or without the `db` wrapper) in two streamed
 * passes: `site()` reads every table but the posts (tags, users, their links to posts, posts_meta,
 * settings); `posts()` streams the posts one at a time, and may be called again for another pass.
 */
export function ghostReader(file: string, options: GhostReaderOptions = {}): SourceReader {
  let tables: Promise<GhostTables> | undefined;
  let base = siteAddress(options.baseUrl, new Map());
  const load = () =>
    (tables ??= readTables(file).then((read) => {
      base = siteAddress(options.baseUrl, read.settings);
      return read;
    }));
  const findPhoto = photoFinder(file);

  async function site(): Promise<SourceSite> {
    const read = await load();
    const authors = read.users.map((user) => sourceAuthor(user, base)).filter((a) => a !== undefined);
    return { baseUrl: base, otherUrls: otherAddresses(base), authors, categories: primaryTags(read) };
  }

  async function* posts(): AsyncGenerator<SourcePost> {
    const read = await load();
    const users = new Map(read.users.map((user) => [String(user.id), String(user.slug ?? user.name ?? user.id)]));
    const context: PostContext = { tables: read, base, pages: options.pages ?? false, users };
    for await (const { value } of exportRows(file, POSTS)) {
      const post = sourcePost(value !== null && typeof value === 'object' ? value : {}, context);
      if (post) yield post;
    }
  }

  return { site, posts, localPhoto: (url) => findPhoto(url, base) };
}
