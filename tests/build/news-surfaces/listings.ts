import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { page } from '../../helpers/build.ts';
import { type BuiltSite, SITE } from './site.ts';

export function listingsTests(site: BuiltSite) {
  const { dist } = site;
  describe('listings', () => {
    it.each([
      ['city/', 'City'],
      ['articles/', 'All articles'],
      ['tags/harbour/', 'Harbour'],
      ['authors/ada-reporter/', 'Ada Reporter'],
      ['archive/2026/10/', 'Archive: October 2026'],
    ])('%s pages through with plain links, each page canonical to itself', (path, title) => {
      const first = page(dist, path);
      expect(first.querySelector('h1')?.textContent).toBe(title);
      const next = first.querySelector('nav.pagination a[href$="/page/2/"]')?.getAttribute('href');
      expect(next).toBe(`/${path}page/2/`);
      const second = page(dist, `${path}page/2/`);
      expect(second.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${SITE}/${path}page/2/`);
      expect(second.querySelector('nav.pagination [aria-current="page"]')?.textContent).toBe('2');
      expect(second.querySelector(`nav.pagination a[href="/${path}"]`)).not.toBeNull();
      expect(second.querySelectorAll('.card').length).toBeGreaterThan(0);
    });

    it('shows an author page with bio and photo', () => {
      const doc = page(dist, 'authors/ada-reporter/');
      expect(doc.querySelector('.author-header__bio')?.textContent).toBe('Covers the fixture beat.');
      const img = doc.querySelector('.author-header img');
      expect(img?.getAttribute('alt')).toBe('Portrait of Ada Reporter');
      expect(existsSync(join(dist, img!.getAttribute('src')!))).toBe(true);
    });

    it('links a story to the one before and after it and to more from its section', () => {
      const doc = page(dist, 'city/ferry-timetable/');
      expect(doc.querySelector('.story-nav__older')?.getAttribute('href')).toBe('/politics/council-vote/');
      expect(doc.querySelector('.story-nav__newer')?.getAttribute('href')).toBe('/culture/night-market/');
      const more = [...doc.querySelectorAll('.more-from .card__headline a')].map((a) => a.getAttribute('href'));
      expect(more).toEqual([
        '/city/tram-delays/',
        '/city/october-story-12/',
        '/city/october-story-11/',
        '/city/october-story-10/',
      ]);
    });

    it('has a 404 page kept out of search results', () => {
      expect(page(dist, '404.html').querySelector('meta[name="robots"]')?.getAttribute('content')).toContain('noindex');
    });
  });
}
