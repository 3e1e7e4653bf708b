import { beforeAll, describe, expect, it } from 'vitest';
import type { SourcePost } from '../../src/import/source.ts';
import { GHOST_EXPORT, kinds, LEDGER, readAll } from '../helpers/ghost-fixture.ts';

// The Hallam Ledger's Ghost export (tests/fixtures/import/ghost/), read story by story.
let all: Awaited<ReturnType<typeof readAll>>;
let post: (slug: string) => SourcePost;
beforeAll(async () => {
  all = await readAll(GHOST_EXPORT);
  post = all.bySlug;
});

describe('the Ghost reader on the Hallam Ledger export: the site', () => {
  it('takes the address from the url setting, with the other scheme as another address', () => {
    expect(all.site.baseUrl).toBe(LEDGER);
    expect(all.site.otherUrls).toEqual(['http://ledger.hallam.example']);
  });

  it('makes every user an author keyed by id, with an author page and no job title', () => {
    expect(all.site.authors.map((a) => a.name)).toEqual([
      'Ines Calloway',
      'Tomasz Reyes-Whitby',
      'Ngozi Adeyemi-Hart',
      'Søren Åkesson',
    ]);
    expect(all.site.authors[0]).toEqual({
      key: '66c0a0000000000000000001',
      slug: 'ines-calloway',
      name: 'Ines Calloway',
      bio: 'Ines covers the Hallam Assembly and the politics of the River Wend.',
      oldUrls: [`${LEDGER}/author/ines-calloway/`],
    });
    expect(all.site.authors.every((a) => a.role === undefined)).toBe(true);
  });

  it('offers as categories only the tags some post has as its primary tag, never internal ones', () => {
    expect(all.site.categories.map((c) => c.slug)).toEqual([
      'politics',
      'transport',
      'culture',
      'river-wend',
      'food',
      'business',
      'opinion',
    ]);
    expect(all.site.categories.find((c) => c.slug === 'food')?.name).toBe('Food & Drink');
  });

  it('leaves the page out unless asked, and reads every other post', () => {
    expect(all.posts).toHaveLength(15);
    expect(all.posts.some((p) => p.slug === 'about')).toBe(false);
  });
});

describe('the Ghost reader on the Hallam Ledger export: the stories', () => {
  it('HTML story: fields, primary tag, internal tag dropped, lead photo with its credit caption', () => {
    const story = post('assembly-votes-to-dredge-the-wend');
    expect(story).toMatchObject({
      key: '66c0c0000000000000000001',
      origin: 'post 66c0c0000000000000000001 "Assembly votes to dredge the lower Wend before autumn"',
      title: 'Assembly votes to dredge the lower Wend before autumn',
      excerpt: 'Members back a £14m plan to clear silt from the river before the autumn shipping season.',
      status: 'published',
      published: '2025-03-04T09:30:00Z',
      updated: '2025-03-04T14:05:00Z',
      authors: ['66c0a0000000000000000001'],
      categories: ['politics'],
      tags: ['Politics', 'River Wend', 'Hallam Assembly'],
      oldUrls: [`${LEDGER}/assembly-votes-to-dredge-the-wend/`],
      lead: {
        url: `${LEDGER}/content/images/2025/03/wend-dredger.jpg`,
        alt: 'A dredging barge moored below the Wend swing bridge at low tide',
        caption: 'The dredger Marten at Crane Wharf on Monday. Photo: Ada Brennan/Northwire Photo',
      },
    });
    expect(story.notes).toEqual([{ kind: 'internal-tag', detail: 'internal tag "#newsletter" dropped' }]);
  });

  it('HTML story: __GHOST_URL__ becomes the site address in links, photos and srcsets; the promo stays', () => {
    const html = post('assembly-votes-to-dredge-the-wend').body;
    expect(html.format).toBe('html');
    expect(html.text).not.toContain('__GHOST_URL__');
    expect(html.text).toContain(`<a href="${LEDGER}/ferry-fares-frozen-until-spring/">`);
    expect(html.text).toContain(`src="${LEDGER}/content/images/2025/03/ferry-terminal.jpg"`);
    expect(html.text).toContain(`${LEDGER}/content/images/size/w600/2025/03/ferry-terminal.jpg 600w`);
    expect(html.text).toContain(
      `<p>Read more: <a href="${LEDGER}/kelder-quay-market-reopens/">Kelder Quay market reopens after flood repairs</a></p>`,
    );
    expect(html.text).toContain('<figcaption><span style="white-space: pre-wrap;">Ferry operators say');
  });

  it('two authors in sort order; a caption crediting with a link stays HTML', () => {
    const story = post('ferry-fares-frozen-until-spring');
    expect(story.authors).toEqual(['66c0a0000000000000000002', '66c0a0000000000000000001']);
    expect(story.lead?.caption).toBe(
      'Queues at the terminal on Tuesday. Photo by <a href="https://lior-santana.example/">Lior Santana</a>',
    );
    expect(story.body.text).toContain(`<a href="${LEDGER}/assembly-votes-to-dredge-the-wend/">now voted to clear</a>`);
  });

  it('a Lexical-only story is rendered to HTML, with a note for its embed and its unknown card', () => {
    const story = post('kelder-quay-market-reopens');
    expect(story.body.text).toContain('<strong>eleven weeks</strong>');
    expect(story.body.text).toContain('<h2>What changed</h2>');
    expect(story.body.text).toContain(
      `<figure class="kg-card kg-image-card"><img src="${LEDGER}/content/images/2025/04/kelder-market.jpg" alt="Fruit stalls on Kelder Quay on reopening day">`,
    );
    expect(story.body.text).toContain(`<p>Read more: <a href="${LEDGER}/caf%C3%A9-s%C3%B8rensen-wins-bakers-prize/">`);
    expect(story.updated).toBeUndefined(); // saved at the moment it was published
    expect(kinds(story)).toEqual(['embed', 'unknown-card']);
    expect(story.tags).toEqual(['Business', 'Kelder Quay', 'Food & Drink']);
  });

  it('a Mobiledoc-only story is rendered to HTML: a gallery becomes one photo card per photo', () => {
    const story = post('harbour-lights-festival-programme');
    expect(story.body.text).toContain('until midnight.<br>The last boat back');
    expect(story.body.text).toContain(`<a href="${LEDGER}/ferry-fares-frozen-until-spring/">frozen fares</a>`);
    expect(story.body.text).toContain('<figcaption>Photo: Ada Brennan/Northwire Photo</figcaption>');
    expect(story.body.text).toContain(
      'alt="Boats lit in blue at the festival rehearsal"><figcaption>Last year’s festival. Photos by Lior Santana',
    );
    expect(story.lead).toBeUndefined();
    expect(story.excerpt).toBeUndefined();
    expect(kinds(story)).toEqual(['embed']);
  });

  it('keeps a non-ASCII slug as written and its old address percent-encoded', () => {
    const story = post('café-sørensen-wins-bakers-prize');
    expect(story.title).toBe('Café Sørensen wins the Wendside bakers’ prize');
    expect(story.oldUrls).toEqual([`${LEDGER}/caf%C3%A9-s%C3%B8rensen-wins-bakers-prize/`]);
    expect(story.categories).toEqual(['food']);
    expect(story.body.text).toContain('Zoë Baptiste’s crème pâtissière');
  });

  it('a draft has no publication date, and keeps its preview link as an old address', () => {
    const story = post('tidal-barrier-costs');
    expect(story.status).toBe('draft');
    expect(story.published).toBeUndefined();
    expect(story.updated).toBe('2025-04-19T17:45:00Z');
    expect(story.oldUrls).toEqual([`${LEDGER}/tidal-barrier-costs/`, `${LEDGER}/p/5b0e0006-7c1d-4e2a-9f3b-000000000006/`]);
  });

  it('a scheduled story keeps its future date and drops the save made before it', () => {
    const story = post('budget-hearing-harbour-levy');
    expect(story).toMatchObject({ status: 'scheduled', published: '2030-01-15T10:00:00Z', updated: undefined });
    expect(story.oldUrls).toHaveLength(2);
  });

  it('an e-mail-only newsletter is published with a note; its only tag was internal', () => {
    const story = post('ledger-newsletter-week-14');
    expect(story.status).toBe('published');
    expect(story).toMatchObject({ categories: [], tags: [] });
    expect(kinds(story)).toEqual(['internal-tag', 'email-only']);
  });

  it('notes a canonical address elsewhere, members-only visibility and code injection', () => {
    expect(post('north-sea-shipping-premiums').notes).toEqual([
      {
        kind: 'canonical-elsewhere',
        detail: 'canonical_url points to https://tidewater-review.example/shipping/north-sea-premiums',
      },
    ]);
    expect(kinds(post('assembly-expenses-full-list'))).toEqual(['members-only']);
    expect(post('assembly-expenses-full-list').body.text).toContain('<!--members-only-->');
    expect(post('ferry-timetable-changes').notes).toEqual([{ kind: 'code-injection', detail: 'codeinjection_head left out' }]);
  });

  it('takes the author from author_id when posts_authors has none for the post', () => {
    expect(post('lantern-theatre-river-play').authors).toEqual(['66c0a0000000000000000003']);
  });

  it('reads the feature photo alt and caption from the post itself too (Ghost 3)', () => {
    expect(post('wend-water-quality-improves').lead).toEqual({
      url: `${LEDGER}/content/images/2025/03/wend-dredger.jpg`,
      alt: 'Clear water at the foot of the swing bridge steps',
      caption: 'Photo by Lior Santana',
    });
    expect(post('wend-water-quality-improves').categories).toEqual(['river-wend']);
  });

  it('takes the first public tag as primary even when an internal tag comes first', () => {
    const story = post('port-strike-averted');
    expect(story).toMatchObject({ categories: ['business'], tags: ['Business', 'River Wend'] });
    expect(story.notes).toEqual([{ kind: 'internal-tag', detail: 'internal tag "#featured" dropped' }]);
    expect(post('keep-the-swing-bridge-turning')).toMatchObject({
      categories: ['opinion'],
      authors: ['66c0a0000000000000000004', '66c0a0000000000000000001'],
    });
  });
});
