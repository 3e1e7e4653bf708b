import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { SourcePost, SourceReader, SourceSite } from '../source.ts';
import { scanHugoSite, type HugoCatalogue } from './hugo-catalogue.ts';
import { hugoAuthors } from './hugo-authors.ts';
import { readHugoConfig } from './hugo-config.ts';
import { contentFiles } from './hugo-page.ts';
import { hugoPost } from './hugo-post.ts';
import { localPhotoFile } from './local-photo.ts';
import { otherAddresses, resolvePath } from './site-url.ts';

/** Options for reading a Hugo site. */
export interface HugoOptions {
  /** Only these folders under `content/` (`['news']`); all of them when absent. */
  include?: string[];
  /** The zone dates without an offset are in, when the site's config names none (`timeZone`). */
  timezone: string;
}

/**
 * A Hugo site folder (the one holding `hugo.toml` or `config.toml`, `content/`, `static/`) as a
 * source: every regular page under `content/` (list pages `_index.md` left out) becomes a post, read
 * one file at a time. Addresses follow the site's `baseURL` and `permalinks`; shortcodes become
 * Broadsheet Markdown where there is an equivalent. See README.md in this folder.
 */
export function hugoReader(folder: string, options: HugoOptions): SourceReader {
  const root = resolve(folder);
  const config = readHugoConfig(root);
  const timeZone = config.timeZone ?? options.timezone;
  let catalogue: HugoCatalogue | undefined;
  const context = {
    folder: root,
    config,
    timeZone,
    now: Date.now(),
    catalogue: () => (catalogue ??= scanHugoSite(config, options.include, timeZone)),
  };
  const siteUrls = config.baseUrl ? [config.baseUrl] : [];

  return {
    async site(): Promise<SourceSite> {
      const { authors, categories } = context.catalogue();
      return {
        baseUrl: config.baseUrl?.replace(/\/$/, ''),
        otherUrls: otherAddresses(config.baseUrl?.replace(/\/$/, '')),
        authors: hugoAuthors(root, config, authors, timeZone),
        categories: [...categories].map(([slug, name]) => ({ slug, name })),
      };
    },

    async *posts(): AsyncIterable<SourcePost> {
      for (const path of contentFiles(config.contentDir, options.include)) {
        if (/(?:^|\/)_index\.[^/]+$/.test(path)) continue;
        yield hugoPost(path, readFileSync(join(config.contentDir, path), 'utf8'), context);
      }
    },

    localPhoto(url: string, post: SourcePost): string | undefined {
      const places = { roots: config.staticDirs, siteUrls, base: config.base };
      const direct = localPhotoFile(url, places, post.folder);
      if (direct || post.folder || /^[a-z][a-z0-9+.-]*:|^[/#?]/i.test(url)) return direct;
      // A relative path in a page that is not a bundle is read by browsers against the page's address.
      const page = post.oldUrls[0];
      return page ? localPhotoFile(resolvePath(page, url), places) : undefined;
    },
  };
}
