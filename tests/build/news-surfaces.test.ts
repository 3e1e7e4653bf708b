import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import Parser from 'rss-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, jsonLd, page } from '../helpers/build.ts';
import { article, copyFixtureContent } from '../helpers/content-copy.ts';
import { parseXml } from '../helpers/xml.ts';

const SITE = 'https://courier.example.org';
// Built at 2026-11-24 12:00 UTC (tests/helpers/build.ts): the fixture has a story from that morning,
// one from three days before, a draft and one scheduled for the next day.
const TRICKY = 'Night market "returns" </script><script>alert(1)</script> & 🎉';
const { root, write } = copyFixtureContent();
const dist = join(root, 'dist');
const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const xml = (path: string) => parseXml(read(path), path, ['url', 'sitemap', 'entry', 'item']);
const scriptsIn = (file: string) => [...parseHTML(readFileSync(file, 'utf8')).document.querySelectorAll('script')];
const decodeHtml = (s: string | undefined) =>
  s
    ?.replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
const htmlFiles = (dir = dist): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : [],
  );

describe('news surfaces of the fixture site', () => {
  beforeAll(() => {
    // Enough older City stories by the fixture author to need a second page in every listing.
    for (let day = 1; day <= 12; day++) {
      const id = `october-story-${day}`;
      write(
        `articles/news/${id}.md`,
        article({
          headline: `October story ${day}`,
          published: `2026-10-${String(day).padStart(2, '0')} 09:00`,
          tags: '[harbour]',
        }),
      );
    }
    write(
      'articles/news/night-market.md',
      article(
        { headline: `'${TRICKY.replace(/'/g, "''")}'`, published: '2026-11-23 19:00', section: 'culture' },
        'Stalls opened at dusk ]]> and closed ]]> at ten.\n',
      ),
    );
    const result = build(join(root, 'content'), dist, { BROADSHEET_CACHE_DIR: join(root, 'cache') });
    expect(result.status, result.output).toBe(0);
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

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
      expect(read('culture/night-market/index.html')).toContain('"headline":"Night market \\"returns\\" \\u003c/script>');
    });

    it('puts Organization and WebSite on the front page', () => {
      const types = jsonLd(page(dist, '')).map((d) => d['@type']);
      expect(types).toEqual(expect.arrayContaining(['NewsMediaOrganization', 'WebSite']));
    });
  });

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

  describe('feeds', () => {
    const parser = new Parser<
      object,
      { media?: { $: Record<string, string>; 'media:credit': ({ _: string; $?: object } | string)[] } }
    >({
      customFields: { item: [['media:content', 'media', { keepArray: false }]] },
    });

    it('carries full stories with the lead photo and its credit in RSS', async () => {
      const feed = await parser.parseString(read('rss.xml'));
      expect(feed.title).toBe('The Hallam Courier');
      expect(feed.items[0]?.title).toBe('Harbour lights switched on for the winter festival');
      const vote = feed.items.find((i) => i.link === `${SITE}/politics/council-vote/`)!;
      expect(vote.guid).toBe(`${SITE}/politics/council-vote/`);
      expect(new Date(vote.pubDate!).toISOString()).toBe('2026-11-20T09:30:00.000Z');
      const content = (vote as { 'content:encoded'?: string })['content:encoded']!;
      expect(content).toContain('The vote passed by 31 to 12.');
      expect(content).toContain(`href="${SITE}/business/market-reopens/"`);
      expect(content).not.toMatch(/(src|href)="\//);
      expect(vote.media?.$).toMatchObject({ medium: 'image', type: 'image/jpeg' });
      expect(existsSync(join(dist, new URL(vote.media!.$['url']!).pathname))).toBe(true);
      expect(vote.media?.['media:credit']).toContainEqual({ _: 'palinchak', $: { role: 'photographer', scheme: 'urn:ebu' } });
    });

    it('carries the same stories in Atom, and only its section in a section feed', async () => {
      const atom = await parser.parseString(read('atom.xml'));
      const rss = await parser.parseString(read('rss.xml'));
      expect(atom.items.map((i) => i.link)).toEqual(rss.items.map((i) => i.link));
      // Atom marks titles as HTML, so the reader decodes them once.
      expect(atom.items.map((i) => decodeHtml(i.title))).toContain(TRICKY);
      const city = await parser.parseString(read('city/rss.xml'));
      expect(city.items.length).toBeGreaterThan(10);
      expect(city.items.every((i) => i.link?.startsWith(`${SITE}/city/`))).toBe(true);
      expect((await parser.parseString(read('city/atom.xml'))).items).toHaveLength(city.items.length);
    });

    it('keeps odd headlines and bodies well-formed', async () => {
      const night = (await parser.parseString(read('rss.xml'))).items.find((i) => i.link?.endsWith('/night-market/'))!;
      expect(night.title).toBe(TRICKY);
      expect((night as { 'content:encoded'?: string })['content:encoded']).toContain('closed ]]&gt; at ten');
      for (const file of ['rss.xml', 'atom.xml', 'culture/rss.xml', 'culture/atom.xml']) xml(file);
    });
  });

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

  it('ships JavaScript on the search page only, and only as files', () => {
    const withScripts = htmlFiles().filter(
      (file) => scriptsIn(file).filter((s) => s.getAttribute('type') !== 'application/ld+json').length > 0,
    );
    expect(withScripts.map((f) => f.slice(dist.length))).toEqual(['/search/index.html']);
    const scripts = [...page(dist, 'search/').querySelectorAll('script')];
    expect(scripts.every((s) => s.getAttribute('src') && !s.textContent?.trim())).toBe(true);
    expect(existsSync(join(dist, 'pagefind', 'pagefind-ui.js'))).toBe(true);
  });
});
