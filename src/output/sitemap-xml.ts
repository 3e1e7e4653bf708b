// Sitemap XML, written from plain data so every rule is unit-tested without a build.
import { isRunning } from '../model/schemas/live.ts';
import site from '../site.config.ts';
import { toZonedIso } from '../model/dates.ts';
import type { Story } from '../site/stories.ts';
import { absoluteUrl, sitemapPartUrl } from '../model/urls.ts';
import { escapeXml } from '../model/escape.ts';
import { newestFirst } from '../model/feed-policy.ts';

export interface SitemapUrl {
  path: string;
  /** When the page last really changed; left out when nothing dates it. */
  lastmod?: Date | undefined;
}

export interface SitemapPart {
  /** File name under `/sitemaps/` without `.xml`. */
  name: string;
  urls: SitemapUrl[];
}

/** Google News reads stories up to two days old, at most 1,000 per file. */
export const NEWS_WINDOW_MS = 48 * 60 * 60 * 1000;
export const NEWS_MAX_URLS = 1000;

export const newest = (dates: readonly (Date | undefined)[]) =>
  dates.reduce<Date | undefined>((m, d) => (d && (!m || d > m) ? d : m), undefined);

const abs = (path: string) => escapeXml(absoluteUrl(site.url, path));
const lastmod = (date: Date | undefined) => (date ? `<lastmod>${toZonedIso(date, site.timezone)}</lastmod>` : '');
const XML = '<?xml version="1.0" encoding="UTF-8"?>\n';
const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';

export function urlsetXml(urls: readonly SitemapUrl[]): string {
  const body = urls.map((u) => `<url><loc>${abs(u.path)}</loc>${lastmod(u.lastmod)}</url>`).join('\n');
  return `${XML}<urlset xmlns="${SITEMAP_NS}">\n${body}\n</urlset>\n`;
}

export function sitemapIndexXml(parts: readonly SitemapPart[]): string {
  const body = parts
    .map((p) => `<sitemap><loc>${abs(sitemapPartUrl(p.name))}</loc>${lastmod(newest(p.urls.map((u) => u.lastmod)))}</sitemap>`)
    .join('\n');
  return `${XML}<sitemapindex xmlns="${SITEMAP_NS}">\n${body}\n</sitemapindex>\n`;
}

/**
 * Stories first published in the 48 hours up to `now`, and live blogs whose coverage still runs
 * (status live or paused, or an end still ahead) however old: newest first, at most 1,000.
 * `publication_date` stays the first publication either way.
 */
export function newsSitemapStories(stories: readonly Story[], now: Date): Story[] {
  const from = now.getTime() - NEWS_WINDOW_MS;
  const fresh = (s: Story) => s.data.published.getTime() > from || (s.data.live !== undefined && isRunning(s.data.live, now));
  return stories
    .filter((s) => fresh(s) && s.data.published.getTime() <= now.getTime())
    .sort(newestFirst)
    .slice(0, NEWS_MAX_URLS);
}

export function newsSitemapXml(stories: readonly Story[]): string {
  const body = stories
    .map(
      (s) =>
        `<url><loc>${abs(s.url)}</loc><news:news><news:publication><news:name>${escapeXml(site.name)}</news:name>` +
        `<news:language>${escapeXml(site.language)}</news:language></news:publication>` +
        `<news:publication_date>${toZonedIso(s.data.published, site.timezone)}</news:publication_date>` +
        `<news:title>${escapeXml(s.data.headline)}</news:title></news:news></url>`,
    )
    .join('\n');
  return `${XML}<urlset xmlns="${SITEMAP_NS}" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n${body}\n</urlset>\n`;
}
