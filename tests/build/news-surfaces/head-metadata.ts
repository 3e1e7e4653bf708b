import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { jsonLd, page } from '../../helpers/build.ts';
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

    it('draws a share card for a story without a lead photo, for og:image and NewsArticle image', async () => {
      const doc = page(dist, 'business/market-reopens/');
      const meta = (key: string) => doc.querySelector(`meta[property="${key}"]`)?.getAttribute('content');
      const url = meta('og:image') ?? '';
      expect(url).toMatch(new RegExp(`^${SITE}/_media/story-[0-9a-f]{10}-card-1200\\.jpg$`));
      expect([meta('og:image:width'), meta('og:image:height')]).toEqual(['1200', '630']);
      expect(meta('og:image:alt')).toBe('The Hallam Courier, Business: Saltmarket reopens after repairs');
      const file = await sharp(join(dist, new URL(url).pathname)).metadata();
      expect([file.width, file.height, file.format]).toEqual([1200, 630, 'jpeg']);
      const news = jsonLd(doc).find((d) => d['@type'] === 'NewsArticle');
      expect(news?.['image']).toEqual([{ '@type': 'ImageObject', contentUrl: url, url, width: '1200', height: '630' }]);
    });
  });
}
