import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SourcePost, SourceReader } from '../../src/import/source.ts';
import { jekyllReader } from '../../src/import/static-site/index.ts';
import { PROJECT_ROOT } from '../helpers/build.ts';

const SITE = join(PROJECT_ROOT, 'tests/fixtures/import/jekyll');
const reader: SourceReader = jekyllReader(SITE, { timezone: 'America/New_York' });
const posts = new Map<string, SourcePost>();
const post = (name: string) => posts.get(name.includes('/') ? name : `_posts/${name}`)!;
const kinds = (p: SourcePost) => p.notes.map((n) => n.kind);

beforeAll(async () => {
  for await (const p of reader.posts()) posts.set(p.origin, p);
});

describe('the Jekyll fixture site', () => {
  it('yields every post and draft, never an excluded folder', () => {
    expect(posts.size).toBe(12);
    expect([...posts.keys()].filter((k) => k.startsWith('drafts-old/'))).toEqual([]);
  });

  it('reads a post: date in the front matter, categories in the permalink, image table as the lead, redirect_from', () => {
    const p = post('2024-05-18-wend-regatta-returns.md');
    expect(p).toMatchObject({
      key: '_posts/2024-05-18-wend-regatta-returns.md',
      slug: 'wend-regatta-returns',
      title: 'The Wend regatta returns after six years',
      status: 'published',
      published: '2024-05-18T15:20:00+01:00',
      authors: ['nia-castell'],
      categories: ['sport', 'rowing'],
      tags: ['regatta', 'river'],
      excerpt: 'Thirty crews raced the mile from the Wend Bridge to Kelder Quay in front of the largest crowd in memory.',
      notes: [],
    });
    expect(p.lead).toEqual({
      url: '/assets/images/wend-regatta.jpg',
      alt: 'Eight rowers pull a narrow boat past the grandstand',
      caption: 'The Northgate eight on the final stretch.',
    });
    expect(p.oldUrls).toEqual([
      '/archive/sport/rowing/2024/05/18/wend-regatta-returns/',
      '/archive/regatta-2024/',
      '/archive/sport/regatta.html',
    ]);
    expect(p.body.text).toContain(
      '![The Northgate eight crossing the line](/archive/assets/images/wend-regatta.jpg "The Northgate eight crossing the line.")\nCredit: Photo by Nia Castell',
    );
    // `{{ site.baseurl }}{% post_url %}` (Jekyll 3's way) does not get the base path twice.
    expect(p.body.text).toContain('(/archive/environment/2018/07/30/heatwave-water-restrictions/)');
    const photo = join(SITE, 'assets/images/wend-regatta.jpg');
    expect(reader.localPhoto?.(p.lead!.url, p)).toBe(photo);
    expect(reader.localPhoto?.('/archive/assets/images/wend-regatta.jpg', p)).toBe(photo);
    expect(reader.localPhoto?.('https://gazette.hallam.example/archive/assets/images/wend-regatta.jpg', p)).toBe(photo);
    expect(reader.localPhoto?.('https://elsewhere.example/assets/images/wend-regatta.jpg', p)).toBeUndefined();
  });

  it('splits categories written as one string, resolves relative_url, highlight and site settings, reports an include', () => {
    const p = post('2023-09-02-tram-depot-approved.markdown');
    expect(p).toMatchObject({
      categories: ['city', 'transport'],
      tags: ['trams', 'Northgate'],
      excerpt: 'The depot will hold twenty-four trams and open in 2026.',
    });
    expect(p.oldUrls).toEqual(['/archive/city/transport/2023/09/02/tram-depot-approved/']);
    expect(p.body.text).toContain('![The empty depot site behind the old goods yard](/archive/assets/images/tram-depot.jpg)');
    expect(p.body.text).toContain('\n\n```yaml\ndepot:\n  trams: 24\n  opens: 2026\n  night_work: false\n```\n\n');
    expect(p.body.text).toContain('{% include figure.html src="/assets/images/tram-depot.jpg" caption="The depot site" %}');
    expect(p.body.text).toContain('(https://github.com/wend-gazette/archive)');
    expect(p.notes).toEqual([{ kind: 'unknown-liquid', detail: 'Liquid {% include %} left as written' }]);
  });

  it('unwraps raw blocks and removes kramdown attribute lines with the table of contents', () => {
    const p = post('2023-03-14-quay-clock-restored.md');
    expect(p.lead).toEqual({ url: '/assets/images/quay-clock.jpg' });
    expect(p.body.text).not.toMatch(/\{:|TOC/);
    expect(p.body.text).toContain('time since 1998.\n\n## Three years of work');
    expect(p.body.text).toContain('{{ hour }} strikes at {% hour %}.');
    expect(kinds(p)).toEqual(['kramdown-attribute']);
  });

  it('keeps `published: false`, `_drafts/` and redirect_to pages as drafts', () => {
    expect(post('2022-12-01-winter-night-shelter.md')).toMatchObject({ status: 'draft', published: '2022-12-01T00:00:00+00:00' });
    // An undated draft under a dated permalink style never had an address.
    expect(post('_drafts/ferry-fares-review.md')).toMatchObject({
      status: 'draft',
      published: undefined,
      oldUrls: [],
      slug: 'ferry-fares-review',
    });
    const redirect = post('2021-06-20-regatta-results-page.md');
    expect(redirect).toMatchObject({
      status: 'draft',
      body: { text: '[Regatta results](https://rowing.hallam.example/results/)\n' },
    });
    expect(kinds(redirect)).toEqual(['redirect-to']);
  });

  it('takes the date from the file name, scheduled when it is still to come', () => {
    expect(post('2099-07-01-wend-bridge-centenary.md')).toMatchObject({
      status: 'scheduled',
      published: '2099-07-01T00:00:00+01:00',
    });
    expect(post('2020-02-29-leap-day-market.md')).toMatchObject({
      published: '2020-02-29T00:00:00+00:00',
      oldUrls: ['/archive/culture/food/2020/02/29/leap-day-market/'],
    });
  });

  it('honours `permalink:` in the front matter', () => {
    expect(post('2024-01-10-harbour-levy-explained.md').oldUrls).toEqual(['/archive/explainers/harbour-levy/']);
  });

  it('reads a list of authors with non-ASCII text, the config’s default author otherwise', () => {
    expect(post('2020-02-29-leap-day-market.md')).toMatchObject({
      authors: ['nia-castell', 'Owen Pryce'],
      title: 'Pâtisserie Ødegaard sells out on leap day',
    });
    expect(post('2023-03-14-quay-clock-restored.md').authors).toEqual(['gazette-desk']);
  });

  it('gives an HTML post an HTML body', () => {
    const p = post('2019-11-05-bonfire-night-safety.html');
    expect(p.body.format).toBe('html');
    expect(p.body.text).toContain('<strong>Saltmarket</strong>');
  });

  it('resolves post_url and link (posts, pages), with the base path once', () => {
    const p = post('2018-07-30-heatwave-water-restrictions.md');
    expect(p.oldUrls).toEqual(['/archive/environment/2018/07/30/heatwave-water-restrictions/', '/archive/hosepipe-ban/']);
    expect(p.body.text).toContain('[tram depot decision](/archive/city/transport/2023/09/02/tram-depot-approved/)');
    expect(p.body.text).toContain('(https://gazette.hallam.example/archive/sport/rowing/2024/05/18/wend-regatta-returns/)');
    expect(p.body.text).toContain('[who we are](/archive/about/)');
    expect(p.notes).toEqual([{ kind: 'unknown-liquid', detail: 'Liquid {{ page.title }} left as written' }]);
  });

  it('takes categories from the folders above `_posts/`', () => {
    expect(post('news/_posts/2022-04-05-ward-count-delayed.md')).toMatchObject({
      categories: ['news', 'elections'],
      oldUrls: ['/archive/news/elections/2022/04/05/ward-count-delayed/'],
      published: '2022-04-05T23:30:00+01:00',
    });
  });

  it('lists the authors the posts name, with their names from _data/authors.yml', async () => {
    const site = await reader.site();
    expect(site.baseUrl).toBe('https://gazette.hallam.example/archive');
    expect(site.authors).toEqual([
      {
        key: 'nia-castell',
        slug: 'nia-castell',
        name: 'Nia Castell',
        bio: 'Nia Castell covers transport and the port for the Gazette.',
      },
      { key: 'gazette-desk', slug: 'gazette-desk', name: 'Gazette Desk' },
      { key: 'Owen Pryce', slug: 'owen-pryce', name: 'Owen Pryce' },
    ]);
    expect(site.categories).toContainEqual({ slug: 'elections', name: 'elections' });
  });
});
