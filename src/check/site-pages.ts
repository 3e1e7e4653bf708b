import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Author } from '../model/schemas/author.ts';
import type { SiteConfig } from '../model/schemas/site.ts';
import * as urls from '../model/urls.ts';
import type { CheckedStory } from './story-file.ts';

/** Folders of files the build writes itself (scripts, styles, the search index, photo derivatives, sitemap parts, the editor). */
const ASSET_FOLDERS = ['/_astro/', '/pagefind/', '/_media/', '/sitemaps/', '/admin/'];

/** Every address a build at `now` makes, from the URL functions its pages use (src/pages/), plus `public/`. */
export interface SitePages {
  has(path: string): boolean;
  all: readonly string[];
}

/**
 * The pages of the site as built with `live` stories: each page family of src/pages/ by the same
 * URL function, listings with their numbered pages (`page/2/`…, PAGE_SIZE stories a page), every old
 * address a story redirects from, and the files of `public/`.
 */
export function sitePages(
  root: string,
  site: SiteConfig,
  live: readonly CheckedStory[],
  authors: ReadonlyMap<string, Author>,
): SitePages {
  const pages = new Set<string>();
  const listing = (base: string, count: number) => {
    for (let n = 1; n <= Math.max(1, Math.ceil(count / urls.PAGE_SIZE)); n++) pages.add(urls.pageUrl(base, n));
  };
  const countBy = (keys: string[]) => keys.reduce((m, k) => m.set(k, (m.get(k) ?? 0) + 1), new Map<string, number>());
  for (const p of [urls.homeUrl(), urls.authorsUrl(), urls.tagsUrl(), urls.dateArchiveUrl(), urls.searchUrl()]) pages.add(p);
  for (const p of [urls.correctionsUrl(), urls.aboutUrl(), urls.rssUrl(), urls.atomUrl(), urls.sitemapIndexUrl()]) pages.add(p);
  for (const p of [urls.newsSitemapUrl(), urls.logoUrl(), '/robots.txt', '/theme.css', '/404.html']) pages.add(p);
  listing(urls.archiveUrl(), live.length);
  const bySection = countBy(live.map((s) => s.data.section));
  for (const s of site.sections) {
    listing(urls.sectionUrl(s.id), bySection.get(s.id) ?? 0);
    pages.add(urls.rssUrl(s.id)).add(urls.atomUrl(s.id));
  }
  const byAuthor = countBy(live.flatMap((s) => [...new Set(s.data.authors)]));
  for (const id of authors.keys()) listing(urls.authorUrl(id), byAuthor.get(id) ?? 0);
  for (const [tag, n] of countBy(live.flatMap((s) => [...new Set(s.data.tags)]))) listing(urls.tagUrl(tag), n);
  const month = new Intl.DateTimeFormat('en-US', { timeZone: site.timezone, year: 'numeric', month: 'numeric' });
  const months = live.map((s) => {
    const parts = month.formatToParts(s.data.published);
    const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
    return urls.monthUrl(part('year'), part('month'));
  });
  for (const [url, n] of countBy(months)) listing(url, n);
  for (const s of live) {
    pages.add(urls.storyUrl(s.data.section, s.source.name));
    // A query address (`/?p=123`) is no page: a static host answers it with the path's own.
    for (const from of s.data.redirectFrom) if (!from.includes('?')) pages.add(from);
  }
  for (const file of publicFiles(join(root, 'public'))) pages.add(file);
  // Old addresses are stored decoded (`/café/`); a link's URL holds them encoded (`/caf%C3%A9/`).
  const has = (path: string) => pages.has(path) || pages.has(decoded(path)) || ASSET_FOLDERS.some((f) => path.startsWith(f));
  return { has, all: [...pages] };
}

function decoded(path: string): string {
  try {
    return decodeURIComponent(path).normalize('NFC');
  } catch {
    return path;
  }
}

/** The files of `public/` as addresses, e.g. `/favicon.svg`: the build copies them as they are. */
export function publicFiles(dir: string, prefix = '/'): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? publicFiles(join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
    );
  } catch {
    return [];
  }
}
