import { describe, expect, it } from 'vitest';
import { page } from '../../helpers/build.ts';
import { type BuiltSite, SITE } from './site.ts';

export function headMetadataTests(site: BuiltSite) {
  const { dist } = site;
  describe('head metadata', () => {
    it('gives a story its canonical URL, Open Graph article tags, a large card and its feeds', () => {
      const doc = page(dist, 'politics/council-vote/');
      const meta = (key: string) =>
        [...doc.querySelectorAll(`meta[property="${key}"], meta[name="${key}"]`)].map((m) => m.getAttribute('content'));
      expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${SITE}/politics/council-vote/`);
      expect(meta('og:type')).toEqual(['article']);
      expect(meta('og:url')).toEqual([`${SITE}/politics/council-vote/`]);
      expect(meta('article:published_time')).toEqual(['2026-11-20T09:30:00+00:00']);
      expect(meta('article:modified_time')).toEqual(['2026-11-21T18:05:00+00:00']);
      expect(meta('article:section')).toEqual(['Politics']);
      expect(meta('article:tag')).toEqual(['Harbour']);
      expect(meta('article:author')).toEqual([`${SITE}/authors/ada-reporter/`]);
      expect(meta('twitter:card')).toEqual(['summary_large_image']);
      expect(meta('og:image')[0]).toMatch(new RegExp(`^${SITE}/_media/.+\\.jpg$`));
      expect(meta('robots')[0]).toContain('max-image-preview:large');
      const feeds = [...doc.querySelectorAll('link[rel="alternate"]')].map(
        (l) => `${l.getAttribute('type')} ${l.getAttribute('href')}`,
      );
      expect(feeds).toEqual([
        `application/rss+xml ${SITE}/rss.xml`,
        `application/atom+xml ${SITE}/atom.xml`,
        `application/rss+xml ${SITE}/politics/rss.xml`,
        `application/atom+xml ${SITE}/politics/atom.xml`,
      ]);
    });
  });
}
