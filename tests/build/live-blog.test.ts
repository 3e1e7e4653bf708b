import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { jsonLd, page } from '../helpers/build.ts';
import { parseXml } from '../helpers/xml.ts';

// The sample paper's live blog (content/articles/city/kelder-quay-ferries-storm-live.md), built at
// 2026-11-24 12:00 UTC by tests/setup/sample-site.ts: nine updates written oldest first, still live.
const dist = inject('sampleDist');
const SITE = 'https://courier.example.org';
const PATH = '/city/kelder-quay-ferries-storm-live/';
const URL = `${SITE}${PATH}`;
const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const xml = (path: string) => parseXml(read(path), path, ['url', 'entry', 'item']);
type Ld = Record<string, unknown>;

describe('the sample live blog', () => {
  const doc = page(dist, PATH);

  it('lists its updates newest first, each an article with its anchor, time permalink and author', () => {
    const updates = [...doc.querySelectorAll('.live-updates > article.live-update')];
    expect(updates).toHaveLength(9);
    const ids = updates.map((u) => u.id);
    expect(ids[0]).toBe('update-2026-11-24-1040');
    expect(ids[1]).toBe('barrier-closed');
    expect(ids.at(-1)).toBe('update-2026-11-22-0720');
    const times = updates.map((u) => u.querySelector('time')!.getAttribute('datetime')!);
    expect(times).toEqual([...times].sort().reverse());
    for (const u of updates) expect(u.querySelector('a.live-update__time')!.getAttribute('href')).toBe(`#${u.id}`);
    const first = updates[0]!;
    expect(first.querySelector('.live-update__by a')?.textContent).toBe('Mara Okafor');
    expect(first.querySelector('.live-update__by a')?.getAttribute('href')).toBe('/authors/mara-okafor/');
    expect(first.querySelector('h2, h3')?.textContent).toBe('Crossings could resume on Tuesday evening');
    // The photo and the related line inside updates render as anywhere in a body.
    expect(doc.querySelector('#update-2026-11-22-1645 figure picture img')).not.toBeNull();
    expect(doc.querySelector('#update-2026-11-22-1645 figcaption')?.textContent).toContain('Jude Carrow');
    expect(doc.querySelector('#barrier-closed .related-link a')?.getAttribute('href')).toBe('/climate/wend-flood-barrier/');
    // The introduction stays above the updates.
    expect(doc.querySelector('.story__body > p')?.textContent).toContain('Storm Idris reached');
  });

  it('shows its status, the last update and the key points at the top', () => {
    expect(doc.querySelector('.live-status__badge')?.textContent).toBe('Live');
    const last = doc.querySelector('.live-status__updated time');
    expect(last?.getAttribute('datetime')).toBe('2026-11-24T10:40:00+00:00');
    expect(doc.querySelectorAll('.live-key-points li')).toHaveLength(4);
  });

  it('describes itself as a LiveBlogPosting with one BlogPosting per update', () => {
    const ld = jsonLd(doc).find((x) => x['@type'] === 'LiveBlogPosting')!;
    expect(ld).toBeDefined();
    expect(ld['coverageStartTime']).toBe('2026-11-22T07:00:00+00:00');
    expect(ld).not.toHaveProperty('coverageEndTime');
    expect(ld['datePublished']).toBe('2026-11-22T07:15:00+00:00');
    expect(ld['dateModified']).toBe('2026-11-24T10:40:00+00:00');
    const updates = ld['liveBlogUpdate'] as Ld[];
    expect(updates).toHaveLength(9);
    expect(updates[0]).toMatchObject({
      '@type': 'BlogPosting',
      headline: 'Crossings could resume on Tuesday evening',
      datePublished: '2026-11-24T10:40:00+00:00',
      url: `${URL}#update-2026-11-24-1040`,
      author: { '@type': 'Person', name: 'Mara Okafor' },
    });
    expect(updates[0]!['articleBody']).toMatch(/^Wendlink hopes to run a reduced timetable/);
    expect(updates.find((u) => u['url'] === `${URL}#update-2026-11-22-0905`)).not.toHaveProperty('author');
  });

  it('keeps other stories NewsArticles', () => {
    const ld = jsonLd(page(dist, '/climate/wend-flood-barrier/'));
    expect(ld.map((x) => x['@type'])).toContain('NewsArticle');
    expect(ld.map((x) => x['@type'])).not.toContain('LiveBlogPosting');
  });

  it('keeps its first publication in the feeds, with the newest update as Atom updated and the newest updates listed', () => {
    const item = (xml('rss.xml').rss.channel.item as Ld[]).find((i) => i['link'] === URL)!;
    expect(new Date(item['pubDate'] as string).toISOString()).toBe('2026-11-22T07:15:00.000Z');
    const content = item['content:encoded'] as string;
    expect(content).toContain(`href="${URL}#update-2026-11-24-1040"`);
    expect(content).toContain('Latest updates');
    const entry = (xml('atom.xml').feed.entry as Ld[]).find((e) => (e['id'] as string) === URL)!;
    expect(entry['published']).toBe('2026-11-22T07:15:00.000Z');
    expect(entry['updated']).toBe('2026-11-24T10:40:00.000Z');
  });

  it('stays in the news sitemap while live, with its first publication date; lastmod is the newest update', () => {
    const news = xml('news-sitemap.xml').urlset.url as { loc: string; 'news:news': Ld }[];
    const live = news.find((u) => u.loc === URL);
    // Published 52 hours before the build: only a running live blog is kept past the 48-hour window.
    expect(live?.['news:news']['news:publication_date']).toBe('2026-11-22T07:15:00+00:00');
    const parts = (xml('sitemap.xml').sitemapindex as { sitemap: { loc: string }[] }).sitemap.map(
      (s) => new globalThis.URL(s.loc).pathname,
    );
    const urls = parts.flatMap((p) => xml(p.slice(1)).urlset.url as { loc: string; lastmod?: string }[]);
    expect(urls.find((u) => u.loc === URL)?.lastmod).toBe('2026-11-24T10:40:00+00:00');
  });

  it('is labelled Live wherever it is listed while coverage runs, and other stories are not', () => {
    for (const path of ['/', '/city/']) {
      const card = [...page(dist, path).querySelectorAll('article.card')].find(
        (c) => c.querySelector('.card__headline a')?.getAttribute('href') === PATH,
      );
      expect(card?.querySelector('.kicker .live-status__badge')?.textContent, path).toBe('Live');
      expect(page(dist, path).querySelectorAll('.card .live-status__badge'), path).toHaveLength(1);
    }
  });
});
