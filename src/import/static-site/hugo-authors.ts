import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceAuthor } from '../source.ts';
import { readFrontMatter } from './front-matter.ts';
import type { HugoConfig } from './hugo-config.ts';
import { hugoPage } from './hugo-page.ts';
import { urlize } from './hugo-permalink.ts';
import { authorFrom, dataProfiles } from './profiles.ts';
import { joinPath } from './site-url.ts';

/**
 * The authors the stories name, each from its profile when the site has one: `data/authors/<key>.*`
 * (or `data/authors.*`), or the author's own page, `content/authors/<key>/_index.md` (or
 * `authors/<key>.md`), whose text under the front matter is the bio. Without either, the name is
 * the key. The author page's address, or the taxonomy's `/authors/<key>/`, is the old URL.
 */
export function hugoAuthors(folder: string, config: HugoConfig, keys: Iterable<string>, timeZone: string): SourceAuthor[] {
  const data = dataProfiles(join(folder, 'data'));
  return [...keys].map((key) => {
    const page = authorPage(config, key, timeZone);
    const profile = data.get(key.toLowerCase()) ?? page?.data;
    const taxonomyUrl = config.authorTaxonomy ? joinPath(config.base, 'authors', urlize(key), '/') : undefined;
    const oldUrls = [page?.permalink ?? taxonomyUrl].filter((u): u is string => u !== undefined);
    return authorFrom(key, profile, { bio: page?.bio ?? '', oldUrls });
  });
}

function authorPage(config: HugoConfig, key: string, timeZone: string) {
  for (const path of [`authors/${urlize(key)}/_index.md`, `authors/${key}/_index.md`, `authors/${urlize(key)}.md`]) {
    const file = join(config.contentDir, path);
    if (!existsSync(file)) continue;
    const { data, body } = readFrontMatter(readFileSync(file, 'utf8'));
    return { data, bio: body.trim(), permalink: hugoPage(path, data, config, timeZone).permalink };
  }
  return undefined;
}
