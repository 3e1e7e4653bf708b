import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonLd, page } from '../../helpers/build.ts';
import { type BuiltSite, SITE } from './site.ts';

export function lifecycleTests(site: BuiltSite) {
  const { dist, read } = site;
  describe('the publishing lifecycle', () => {
    const everywhere = () =>
      [
        read('rss.xml'),
        read('atom.xml'),
        read('city/rss.xml'),
        read('sitemaps/articles-2026-11.xml'),
        read('news-sitemap.xml'),
        read('articles/index.html'),
      ].join('\n');

    it('leaves drafts and stories scheduled for later out of pages, feeds and sitemaps', () => {
      for (const path of ['city/draft-story/index.html', 'politics/embargoed-budget/index.html'])
        expect(existsSync(join(dist, path))).toBe(false);
      for (const text of ['draft-story', 'Unfinished draft', 'embargoed-budget', 'Embargoed budget'])
        expect(everywhere()).not.toContain(text);
    });

    it('shows corrections under the story, in its structured data and on the corrections page', () => {
      const doc = page(dist, 'city/ferry-timetable/');
      const text = 'An earlier version of this story said the last sailing leaves at 10pm. It leaves at 11pm.';
      expect(doc.querySelector('.corrections li')?.textContent).toBe(`22 November 2026 at 10:15 GMT: ${text}`);
      expect(doc.querySelector('.corrections time')?.getAttribute('datetime')).toBe('2026-11-22T10:15:00+00:00');
      const news = jsonLd(doc).find((d) => d['@type'] === 'NewsArticle');
      expect(news?.['correction']).toEqual([{ '@type': 'CorrectionComment', text, datePublished: '2026-11-22T10:15:00+00:00' }]);
      expect(news?.['dateModified']).toBe('2026-11-22T10:15:00+00:00');
      const updated = [...doc.querySelectorAll('.story__dates time')].map((t) => t.getAttribute('datetime'));
      expect(updated).toEqual(['2026-11-21T12:00:00+00:00', '2026-11-22T10:15:00+00:00']);
      const log = page(dist, 'corrections/');
      expect(log.querySelector('.corrections-log a')?.getAttribute('href')).toBe('/city/ferry-timetable/');
      expect(log.querySelector('.corrections-log')?.textContent).toContain(text);
    });

    it('keeps an old address working with a redirect page and a _redirects rule', () => {
      const doc = page(dist, 'politics/ferry-timetable/');
      expect(doc.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe('0; url=/city/ferry-timetable/');
      expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${SITE}/city/ferry-timetable/`);
      expect(doc.querySelector('a')?.getAttribute('href')).toBe('/city/ferry-timetable/');
      expect(read('_redirects')).toBe('/politics/ferry-timetable/ /city/ferry-timetable/ 301\n');
    });
  });
}
