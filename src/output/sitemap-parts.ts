import site from '../site.config.ts';
import { correctionsLog, monthListings, tagListings } from '../site/listings.ts';
import { getAuthors, getStories, type Story } from '../site/stories.ts';
import { newest, type SitemapPart, type SitemapUrl } from './sitemap-xml.ts';
import {
  archiveUrl,
  authorsUrl,
  correctionsUrl,
  dateArchiveUrl,
  homeUrl,
  searchUrl,
  sectionUrl,
  tagsUrl,
} from '../model/urls.ts';

const lastChange = (stories: readonly Story[]) => newest(stories.map((s) => s.modified));

/**
 * The sitemap parts: one for front, section and listing pages (first pages only: later pages are
 * reached through them), one per month of stories so old months never change.
 */
export async function sitemapParts(): Promise<SitemapPart[]> {
  const [stories, authors, tags, months, corrections] = await Promise.all([
    getStories(),
    getAuthors(),
    tagListings(),
    monthListings(),
    correctionsLog(),
  ]);
  const all = lastChange(stories);
  const pages: SitemapUrl[] = [
    { path: homeUrl(), lastmod: all },
    ...site.sections.map((s) => ({ path: sectionUrl(s.id), lastmod: lastChange(stories.filter((x) => x.section.id === s.id)) })),
    { path: archiveUrl(), lastmod: all },
    { path: dateArchiveUrl(), lastmod: all },
    ...months.map((m) => ({ path: m.url, lastmod: lastChange(m.stories) })),
    { path: tagsUrl(), lastmod: all },
    ...tags.map((t) => ({ path: t.tag.url, lastmod: lastChange(t.stories) })),
    { path: authorsUrl() },
    ...authors.map((a) => ({ path: a.url, lastmod: lastChange(a.stories) })),
    { path: correctionsUrl(), lastmod: corrections[0]?.date },
    { path: searchUrl() },
  ];
  const articleParts = months.map((m) => ({
    name: `articles-${m.year}-${String(m.month).padStart(2, '0')}`,
    urls: m.stories.map((s) => ({ path: s.url, lastmod: s.modified })),
  }));
  return [{ name: 'pages', urls: pages }, ...articleParts];
}
