import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonLd, page } from '../../helpers/build.ts';
import { type BuiltSite, SITE, TRICKY } from './site.ts';

export function structuredDataTests(site: BuiltSite) {
  const { dist, read } = site;
  describe('structured data', () => {
    it('describes a story as a NewsArticle with everything Google News reads', () => {
      const ld = jsonLd(page(dist, 'politics/council-vote/'));
      const news = ld.find((d) => d['@type'] === 'NewsArticle') as Record<string, never>;
      expect(news).toMatchObject({
        '@context': 'https://schema.org',
        headline: 'Council votes on the harbour plan',
        description: 'A short standfirst for the fixture story.',
        datePublished: '2026-11-20T09:30:00+00:00',
        dateModified: '2026-11-21T18:05:00+00:00',
        mainEntityOfPage: { '@id': `${SITE}/politics/council-vote/` },
        articleSection: 'Politics',
        keywords: ['harbour'],
        inLanguage: 'en',
        author: [{ '@type': 'Person', name: 'Ada Reporter', url: `${SITE}/authors/ada-reporter/` }],
        publisher: { '@type': 'NewsMediaOrganization', name: 'The Hallam Courier', url: `${SITE}/` },
      });
      const logo = (news.publisher as unknown as { logo: { url: string } }).logo.url;
      expect(existsSync(join(dist, new URL(logo).pathname))).toBe(true);
      const images = news.image as unknown as { contentUrl: string; width: string; height: string; creditText: string }[];
      expect(images.map((i) => (Number(i.width) / Number(i.height)).toFixed(2))).toEqual(['1.78', '1.33', '1.00']);
      for (const image of images) {
        expect(existsSync(join(dist, new URL(image.contentUrl).pathname)), image.contentUrl).toBe(true);
        expect(Number(image.width) * Number(image.height)).toBeGreaterThanOrEqual(50_000);
        expect(image.creditText).toContain('palinchak');
      }
    });

    it('stays valid JSON-LD and runs no script whatever the headline holds', () => {
      const doc = page(dist, 'culture/night-market/');
      expect(doc.querySelector('h1')?.textContent).toBe(TRICKY);
      expect(jsonLd(doc).find((d) => d['@type'] === 'NewsArticle')?.['headline']).toBe(TRICKY);
      const scripts = [...doc.querySelectorAll('script')];
      expect(scripts.length).toBeGreaterThan(0);
      for (const script of scripts) {
        expect(script.getAttribute('type')).toBe('application/ld+json');
        expect(() => JSON.parse(script.textContent ?? '')).not.toThrow();
      }
      // `<` is escaped inside JSON-LD, so no string can close the script element.
      expect(read('culture/night-market/index.html')).toContain('"headline":"Night market “returns” \\u003c/script>');
    });

    it('puts Organization and WebSite on the front page', () => {
      const types = jsonLd(page(dist, '')).map((d) => d['@type']);
      expect(types).toEqual(expect.arrayContaining(['NewsMediaOrganization', 'WebSite']));
    });
  });
}
