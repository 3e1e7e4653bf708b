import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isoDate } from '../../src/import/ghost/dates.ts';
import { ghostReader } from '../../src/import/ghost/index.ts';
import { GHOST_EXPORT, GHOST_PHOTOS, kinds, readAll } from '../helpers/ghost-fixture.ts';

// Older exports (no `db` wrapper, `page: 1`, epoch dates, authors on the post) and the site's address.
let folder: string;
let old: string;
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'broadsheet-ghost-'));
  mkdirSync(join(folder, 'old'));
  old = join(folder, 'old/ghost-0.11.json');
  const post = (id: number, fields: object) => ({ id, uuid: `u-${id}`, status: 'published', author_id: 1, ...fields });
  const data = {
    posts: [
      post(1, {
        title: 'Ferry strike ends',
        slug: 'ferry-strike-ends',
        markdown: 'Crews return **today**. [More](__GHOST_URL__/tides/)',
        image: '__GHOST_URL__/content/images/2016/05/ferry.jpg',
        page: 0,
        published_at: 1462145400000,
        updated_at: 1462176900000,
      }),
      post(2, { title: 'About', slug: 'about', html: '<p>About us.</p>', page: 1, published_at: '2016-01-01 09:00:00' }),
      post(3, { title: 'Lost', slug: 'lost', html: '<p>x</p>', status: 'archived', author_id: 9 }),
    ],
    users: [{ id: 1, name: 'Odile Marsh', slug: 'odile', email: 'o@example.org', password: 'hash' }],
    tags: [{ id: 1, name: 'Transport', slug: 'transport' }],
    settings: [
      { key: 'permalinks', value: '/:year/:month/:day/:slug/' },
      { key: 'active_timezone', value: 'Europe/London' },
    ],
    posts_tags: [{ post_id: 1, tag_id: 1 }],
  };
  writeFileSync(old, JSON.stringify({ meta: { version: '0.11.14' }, data }));
  mkdirSync(join(folder, 'content/images/2025/03'), { recursive: true });
  copyFileSync(join(GHOST_PHOTOS, '2025/03/wend-dredger.jpg'), join(folder, 'content/images/2025/03/wend-dredger.jpg'));
  copyFileSync(GHOST_EXPORT, join(folder, 'export.json'));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('the Ghost reader on an export from before Ghost 1.0', () => {
  it('reads it without the db wrapper: Markdown body, image, epoch dates, author_id, dated permalink', async () => {
    const { posts, site } = await readAll(old);
    expect(site).toMatchObject({ baseUrl: undefined, otherUrls: [], categories: [{ slug: 'transport', name: 'Transport' }] });
    expect(site.authors).toEqual([{ key: '1', slug: 'odile', name: 'Odile Marsh', bio: undefined, oldUrls: ['/author/odile/'] }]);
    expect(posts.map((p) => p.slug)).toEqual(['ferry-strike-ends', 'lost']);
    expect(posts[0]).toMatchObject({
      key: '1',
      published: '2016-05-01T23:30:00Z',
      updated: '2016-05-02T08:15:00Z',
      authors: ['1'],
      categories: ['transport'],
      // The permalinks setting of Ghost 0.x and 1.x, dated in the site's zone (00:30 in London).
      oldUrls: ['/2016/05/02/ferry-strike-ends/'],
      lead: { url: '/content/images/2016/05/ferry.jpg' },
    });
    // Without the site's address the placeholder leaves root-relative paths.
    expect(posts[0]!.body.text).toBe('<p>Crews return <strong>today</strong>. <a href="/tides/">More</a></p>');
  });

  it('reports a status it does not know and an author no user answers to', async () => {
    const lost = (await readAll(old)).bySlug('lost');
    expect(lost.status).toBe('draft');
    expect(kinds(lost)).toEqual(['status', 'unknown-author', 'no-author']);
    expect(lost.oldUrls).toEqual(['/lost/', '/p/u-3/']);
  });

  it('imports pages (page: 1 in old exports, type: page in new) only when asked', async () => {
    const about = (await readAll(old, { pages: true })).bySlug('about');
    expect(about).toMatchObject({ origin: 'page 2 "About"', published: '2016-01-01T09:00:00Z', oldUrls: ['/about/'] });
    expect(kinds(about)).toEqual(['page']);
    const page = (await readAll(GHOST_EXPORT, { pages: true })).bySlug('about');
    expect(page.body.text).toBe('<p>The Hallam Ledger has reported on the city and the River Wend since 1921.</p>');
  });
});

describe('the site address and photos', () => {
  it('prefers the importer’s address, subdirectory included, for placeholders and old URLs', async () => {
    const { site, bySlug } = await readAll(GHOST_EXPORT, { baseUrl: 'https://news.example/ledger/' });
    expect(site.baseUrl).toBe('https://news.example/ledger');
    expect(site.authors[0]?.oldUrls).toEqual(['https://news.example/ledger/author/ines-calloway/']);
    const story = bySlug('assembly-votes-to-dredge-the-wend');
    expect(story.oldUrls).toEqual(['https://news.example/ledger/assembly-votes-to-dredge-the-wend/']);
    expect(story.lead?.url).toBe('https://news.example/ledger/content/images/2025/03/wend-dredger.jpg');
  });

  it('finds photos in the content/images folder beside the export, resized copies included', async () => {
    const reader = ghostReader(join(folder, 'export.json'));
    const site = await reader.site();
    const post = (await reader.posts()[Symbol.asyncIterator]().next()).value;
    const photo = join(folder, 'content/images/2025/03/wend-dredger.jpg');
    const local = (url: string) => reader.localPhoto!(url, post);
    expect(local(`${site.baseUrl}/content/images/2025/03/wend-dredger.jpg`)).toBe(photo);
    expect(local('http://www.ledger.hallam.example/content/images/size/w1000/2025/03/wend-dredger.jpg')).toBe(photo);
    expect(local('__GHOST_URL__/content/images/size/w600/format/webp/2025/03/wend-dredger.jpg')).toBe(photo);
    expect(local('/content/images/2025/03/wend-dredger.jpg')).toBe(photo);
    expect(local('/content/images/2025/03/missing.jpg')).toBeUndefined();
    expect(local('/content/images/../../export.json')).toBeUndefined();
    expect(local('https://elsewhere.example/content/images/2025/03/wend-dredger.jpg')).toBeUndefined();
    // No folder beside the export: the importer downloads or reports the photo instead.
    expect(ghostReader(old).localPhoto!('/content/images/2025/03/wend-dredger.jpg', post)).toBeUndefined();
  });

  it('streams the posts again on a second call, and the fixture photos sit where its URLs point', async () => {
    const { reader, posts } = await readAll(GHOST_EXPORT);
    const again = [];
    for await (const post of reader.posts()) again.push(post);
    expect(again).toEqual(posts);
    const leads = posts.flatMap((p) => (p.lead ? [reader.localPhoto!(p.lead.url, p)] : []));
    expect(leads).toHaveLength(4);
    expect(leads.every((file) => file?.startsWith(GHOST_PHOTOS))).toBe(true);
  });
});

describe('isoDate', () => {
  it.each([
    ['2021-03-24T04:34:10.000Z', '2021-03-24T04:34:10Z'],
    ['2021-03-24T04:34:10.250Z', '2021-03-24T04:34:10.250Z'],
    [1462090500000, '2016-05-01T08:15:00Z'],
    ['1462090500000', '2016-05-01T08:15:00Z'],
    ['2016-01-01 09:00:00', '2016-01-01T09:00:00Z'],
    ['2016-01-01T10:00:00+01:00', '2016-01-01T09:00:00Z'],
    [null, undefined],
    ['', undefined],
    ['soon', undefined],
  ])('reads %s', (value, iso) => {
    expect(isoDate(value)).toBe(iso);
  });
});
