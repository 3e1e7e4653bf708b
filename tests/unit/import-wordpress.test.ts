import { beforeAll, describe, expect, it } from 'vitest';
import type { SourcePost, SourceSite } from '../../src/import/source.ts';
import { FIXTURE_SITE as SITE, FIXTURE_UPLOADS as UPLOADS, readWordpressFixture } from '../helpers/wordpress-fixture.ts';

/** The Hallam Courier's invented WordPress export, read story by story (tests/fixtures/import/wordpress/). */
let site: SourceSite;
let posts: Map<string, SourcePost>;
const post = (key: string) => posts.get(key)!;

beforeAll(async () => {
  ({ site, posts } = await readWordpressFixture({ pages: true }));
});

describe('the WordPress reader on the fixture export: the site', () => {
  it('gives the address, every author (one posts name but the channel does not list) and the categories', () => {
    expect(site.baseUrl).toBe(SITE);
    expect(site.otherUrls).toContain('http://hallam-courier.example');
    expect(site.authors).toEqual([
      { key: 'tessa.okonkwo', slug: 'tessa-okonkwo', name: 'Tessa Okonkwo', oldUrls: ['/author/tessa-okonkwo/'] },
      { key: 'rhys.calloway', slug: 'rhys-calloway', name: 'Rhys Calloway', oldUrls: ['/author/rhys-calloway/'] },
      { key: 'ines.marlow', slug: 'ines-marlow', name: 'Inès Marlow', oldUrls: ['/author/ines-marlow/'] },
      { key: 'deskeditor', slug: 'deskeditor', name: 'Courier Desk', oldUrls: ['/author/deskeditor/'] },
      { key: 'pieter.vanloon', slug: 'pieter-vanloon', name: 'pieter.vanloon', oldUrls: ['/author/pieter-vanloon/'] },
    ]);
    expect(site.categories).toContainEqual({ slug: 'politics', name: 'Politics', parent: 'news' });
    expect(site.categories).toContainEqual({ slug: 'harbour', name: 'Harbour & Port', parent: 'news' });
    expect(site.categories).toContainEqual({ slug: 'news', name: 'News', parent: undefined });
  });

  it('counts what it leaves out, and yields the rest: 44 posts and a page', () => {
    expect(site.skipped).toEqual({
      'status trash': 1,
      'status auto-draft': 1,
      'post type nav_menu_item': 1,
      'post type revision': 1,
      'post type wp_block': 1,
    });
    expect(posts.size).toBe(45);
    expect([...posts.values()].filter((p) => p.origin.startsWith('page ')).map((p) => p.key)).toEqual(['120']);
  });

  it('leaves pages out unless asked for, and counts them', async () => {
    const without = await readWordpressFixture();
    expect(without.site.skipped?.['post type page']).toBe(1);
    expect(without.posts.size).toBe(44);
    expect(without.posts.has('120')).toBe(false);
  });
});

describe('the WordPress reader on the fixture export: story by story', () => {
  it('reads a published classic post whole (101)', () => {
    expect({ ...post('101'), body: undefined }).toEqual({
      origin: 'post 101 "Assembly approves East Quay crane upgrade"',
      key: '101',
      slug: 'assembly-approves-east-quay-crane',
      title: 'Assembly approves East Quay crane upgrade',
      excerpt: 'Members voted 31 to 12 for the £48m upgrade.',
      body: undefined,
      status: 'published',
      published: '2025-11-04T18:20:00+00:00',
      updated: '2025-11-05T09:02:11+00:00',
      authors: ['tessa.okonkwo'],
      categories: ['politics', 'harbour'],
      tags: ['East Quay', 'Hallam Assembly', 'Port of Hallam'],
      lead: {
        url: `${UPLOADS}/2025/11/harbour-crane.jpg`,
        alt: "A new blue gantry crane towers over containers on Hallam's East Quay",
        caption: 'Photo: Ada Brennan/Northwire Photo',
      },
      oldUrls: [`${SITE}/2025/11/04/assembly-approves-east-quay-crane/`, '/?p=101'],
      notes: [],
    });
    expect(post('101').body.format).toBe('html');
  });

  it('gives each date the offset WordPress wrote beside it: BST in summer, GMT in winter, the clock change', () => {
    expect(post('127').published).toBe('2025-07-19T20:00:00+01:00');
    expect(post('105').published).toBe('2025-10-12T16:30:00+01:00');
    expect(post('102').published).toBe('2025-11-03T06:40:00+00:00');
    // 01:30 on 26 October 2025 happened twice in London; the GMT date says which.
    expect(post('130').published).toBe('2025-10-26T01:30:00+00:00');
  });

  it('keeps an update only when it is later than publication (129, 131)', () => {
    expect(post('129').updated).toBe('2025-11-16T10:45:00+00:00');
    expect(post('131').updated).toBeUndefined();
  });

  it('maps statuses: drafts, pending, scheduled, private (113–117)', () => {
    expect(['113', '114', '115', '116', '117'].map((k) => post(k).status)).toEqual([
      'draft',
      'draft',
      'draft',
      'scheduled',
      'draft',
    ]);
    expect(post('116').published).toBe('2025-12-15T07:00:00+00:00');
    expect(post('117').notes).toEqual([{ kind: 'private', detail: 'private in WordPress: kept as a draft' }]);
    expect(['118', '119'].filter((k) => posts.has(k))).toEqual([]);
  });

  it('reads a draft never given a UTC date in the zone asked for, and derives its slug from the title (113)', async () => {
    expect(post('113')).toMatchObject({ slug: 'draft-ropewalk-car-park-sale', published: '2025-11-20T16:45:00+00:00' });
    const { posts: inNewYork } = await readWordpressFixture({ timezone: 'America/New_York' });
    expect(inNewYork.get('113')!.published).toBe('2025-11-20T16:45:00-05:00');
    expect(inNewYork.get('101')!.published).toBe('2025-11-04T18:20:00+00:00');
  });

  it('notes a post with no usable date (114)', () => {
    expect(post('114').published).toBeUndefined();
    expect(post('114').notes).toEqual([{ kind: 'undated', detail: 'no usable date (0000-00-00 00:00:00)' }]);
  });

  it('decodes non-ASCII slugs and entities in titles and excerpts (127, 128, 129)', () => {
    expect(post('127').slug).toBe('twin-town-straßenfest-fills-quay-street');
    expect(post('127').tags).toEqual(['Straßenfest', 'twinning']);
    expect(post('128')).toMatchObject({
      slug: 'łucja-nowak-wins-river-wend-swim',
      title: 'Łucja Nowak wins the River Wend swim',
    });
    expect(post('129')).toMatchObject({
      title: 'Harbour & river: what’s changing in 2026',
      excerpt: 'Dredging, cranes & a new pilot boat.',
    });
  });

  it('gives every old address: permalink, ?p=, ?page_id= for a page, and each old slug (126, 120)', () => {
    expect(post('126').oldUrls).toEqual([
      `${SITE}/2025/10/28/crane-vote-delayed-a-week/`,
      '/?p=126',
      `${SITE}/2025/10/28/crane-vote-delayed/`,
      `${SITE}/2025/10/28/crane-vote-postponed/`,
    ]);
    expect(post('120').oldUrls).toEqual([`${SITE}/about/`, '/?page_id=120', `${SITE}/?p=120`]);
    expect(post('113').oldUrls).toEqual([`${SITE}/?p=113`, '/?p=113']);
  });

  it('takes the lead photo from the featured attachment, listed after the post (102), and notes one missing (131)', () => {
    expect(post('102').lead).toEqual({
      url: `${UPLOADS}/2025/11/wend-flood-barrier.jpg`,
      alt: 'The steel gates of the Wend flood barrier half closed under a grey sky',
      caption:
        'Credit: Northwire Photo – HALLAM, WESTMARCH – Nov 3, 2025: Workers close the River Wend flood barrier ahead of the storm surge. — Photo by Ada Brennan',
    });
    expect(post('131').lead).toBeUndefined();
    expect(post('131').notes).toEqual([{ kind: 'missing-photo', detail: 'featured photo: attachment 598 is not in the export' }]);
  });

  it('gives every kept post a slug, a title, an author and a category', () => {
    for (const p of posts.values()) {
      expect(p.slug, p.origin).not.toBe('');
      expect(p.authors, p.origin).toHaveLength(1);
      if (p.origin.startsWith('post')) expect(p.categories.length, p.origin).toBeGreaterThan(0);
      expect(p.oldUrls, p.origin).toContain(p.origin.startsWith('page') ? `/?page_id=${p.key}` : `/?p=${p.key}`);
    }
  });
});
