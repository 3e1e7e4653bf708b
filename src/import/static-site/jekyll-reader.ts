import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { SourcePost, SourceReader, SourceSite } from '../source.ts';
import { list } from './fields.ts';
import { scanJekyllSite, type JekyllCatalogue } from './jekyll-catalogue.ts';
import { readJekyllConfig } from './jekyll-config.ts';
import { jekyllFiles } from './jekyll-files.ts';
import { jekyllPost } from './jekyll-post.ts';
import { localPhotoFile } from './local-photo.ts';
import { authorFrom, dataProfiles } from './profiles.ts';
import { otherAddresses, resolvePath } from './site-url.ts';

/** Options for reading a Jekyll site. */
export interface JekyllOptions {
  /** The zone dates without an offset are in, when `_config.yml` names none (`timezone`). */
  timezone: string;
}

/**
 * A Jekyll site folder (the one holding `_config.yml` and `_posts/`) as a source: every post in a
 * `_posts/` folder and every draft in `_drafts/`, read one file at a time. Addresses follow the
 * config's `url`, `baseurl` and `permalink`; Liquid is resolved where it depends only on the site.
 * See README.md in this folder.
 */
export function jekyllReader(folder: string, options: JekyllOptions): SourceReader {
  const root = resolve(folder);
  const config = readJekyllConfig(root);
  const timeZone = config.timeZone ?? options.timezone;
  let catalogue: JekyllCatalogue | undefined;
  const context = {
    folder: root,
    config,
    timeZone,
    now: Date.now(),
    catalogue: () => (catalogue ??= scanJekyllSite(root, config, timeZone)),
  };
  const siteUrl = config.url ? `${config.url}${config.baseurl}` : undefined;
  const places = { roots: [root], siteUrls: config.url ? [config.url] : [], base: config.baseurl };

  return {
    async site(): Promise<SourceSite> {
      const { authors, categories } = context.catalogue();
      const profiles = dataProfiles(join(root, '_data'));
      return {
        baseUrl: siteUrl,
        otherUrls: otherAddresses(siteUrl),
        authors: [...authors].map((key) => authorFrom(key, profiles.get(key.toLowerCase()))),
        categories: [...categories].map(([slug, name]) => ({ slug, name })),
      };
    },

    async *posts(): AsyncIterable<SourcePost> {
      for (const file of jekyllFiles(root, list(config.settings['exclude']))) {
        yield jekyllPost(file, readFileSync(join(root, file.path), 'utf8'), context);
      }
    },

    localPhoto(url: string, post: SourcePost): string | undefined {
      const direct = localPhotoFile(url, places, post.folder);
      if (direct || /^[a-z][a-z0-9+.-]*:|^[/#?]/i.test(url)) return direct;
      // A relative path is read by browsers against the post's address, not its file.
      const page = post.oldUrls[0];
      return page ? localPhotoFile(resolvePath(page, url), places) : undefined;
    },
  };
}
