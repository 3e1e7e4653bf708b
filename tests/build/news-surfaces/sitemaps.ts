import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type BuiltSite, SITE, TRICKY } from './site.ts';

export function sitemapsTests(site: BuiltSite) {
  const { dist, read, xml } = site;
  describe('sitemaps', () => {
    it('index every page with its real last change', () => {
      const index = xml('sitemap.xml').sitemapindex.sitemap as { loc: string; lastmod: string }[];
      expect(index.map((s) => s.loc)).toEqual([
        `${SITE}/sitemaps/pages.xml`,
        `${SITE}/sitemaps/articles-2026-11.xml`,
        `${SITE}/sitemaps/articles-2026-10.xml`,
      ]);
      const urls = index.flatMap((s) => xml(new URL(s.loc).pathname).urlset.url as { loc: string; lastmod?: string }[]);
      const lastmod = new Map(urls.map((u) => [u.loc, u.lastmod]));
      expect(lastmod.get(`${SITE}/politics/council-vote/`)).toBe('2026-11-21T18:05:00+00:00');
      expect(lastmod.get(`${SITE}/city/ferry-timetable/`)).toBe('2026-11-22T10:15:00+00:00');
      expect(lastmod.get(`${SITE}/city/`)).toBe('2026-11-22T10:15:00+00:00');
      for (const u of urls) expect(existsSync(join(dist, new URL(u.loc).pathname, 'index.html')), u.loc).toBe(true);
      expect(urls.some((u) => u.loc.includes('/page/'))).toBe(false);
    });

    it('give Google News only stories first published in the last 48 hours', () => {
      const urls = xml('news-sitemap.xml').urlset.url as { loc: string; 'news:news': Record<string, unknown> }[];
      expect(urls.map((u) => u.loc)).toEqual([`${SITE}/culture/harbour-lights-today/`, `${SITE}/culture/night-market/`]);
      expect(urls[0]?.['news:news']).toEqual({
        'news:publication': { 'news:name': 'The Hallam Courier', 'news:language': 'en' },
        'news:publication_date': '2026-11-24T08:00:00+00:00',
        'news:title': 'Harbour lights switched on for the winter festival',
      });
      expect(urls[1]?.['news:news']['news:title']).toBe(TRICKY);
    });

    it('are announced in robots.txt', () => {
      expect(read('robots.txt')).toMatch(new RegExp(`^Sitemap: ${SITE}/sitemap.xml$`, 'm'));
      expect(read('robots.txt')).toMatch(new RegExp(`^Sitemap: ${SITE}/news-sitemap.xml$`, 'm'));
    });
  });
}
