import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SourcePost, SourceReader } from '../../src/import/source.ts';
import { hugoReader } from '../../src/import/static-site/index.ts';
import { PROJECT_ROOT } from '../helpers/build.ts';

const SITE = join(PROJECT_ROOT, 'tests/fixtures/import/hugo');
const reader: SourceReader = hugoReader(SITE, { timezone: 'America/New_York' });
const posts = new Map<string, SourcePost>();
const post = (path: string) => posts.get(`content/${path}`)!;
const kinds = (p: SourcePost) => p.notes.map((n) => n.kind);

beforeAll(async () => {
  for await (const p of reader.posts()) posts.set(p.origin, p);
});

describe('the Hugo fixture site', () => {
  it('yields every regular page once, and no list page', () => {
    expect(posts.size).toBe(13);
    expect([...posts.keys()].some((k) => k.endsWith('_index.md'))).toBe(false);
    expect(post('posts/tidal-barrier-vote/index.md')).toBeDefined();
  });

  it('reads a page bundle: slug from its folder, photos beside it, cover as the lead, aliases', () => {
    const p = post('posts/tidal-barrier-vote/index.md');
    expect(p).toMatchObject({
      key: 'content/posts/tidal-barrier-vote/index.md',
      slug: 'tidal-barrier-vote',
      status: 'published',
      // The site's zone (Europe/London) wins over the option's.
      published: '2024-03-12T09:30:00+00:00',
      updated: '2024-03-13T18:05:00+00:00',
      authors: ['tomas-quill'],
      categories: ['politics'],
      tags: ['Hallam Assembly', 'River Wend', 'flooding'],
      excerpt:
        'Members voted 41 to 17 for a movable barrier at the river mouth, ending six years of argument over who pays for it.',
      folder: join(SITE, 'content/posts/tidal-barrier-vote'),
      notes: [],
    });
    expect(p.lead).toEqual({
      url: 'barrier-model.jpg',
      alt: "A scale model of the barrier's four steel gates laid across a painted river",
      caption: "The engineers' model, shown to members before the vote.",
    });
    // `:slug` without a `slug:` is the title, as Hugo makes it; a relative alias sits beside the page.
    expect(p.oldUrls).toEqual([
      '/2024/03/assembly-backs-the-wend-tidal-barrier-after-a-night-long-sitting/',
      '/news/tidal-barrier-vote/',
      '/2024/03/tidal-barrier',
    ]);
    expect(p.body.format).toBe('markdown');
    expect(p.body.text).not.toContain('<!--more-->');
    expect(p.body.text).toContain(
      '\n\n![Engineers lean over a model of the barrier gates](barrier-model.jpg "The model shown to members in the chamber.")\n' +
        'Credit: Ada Brennan/Northwire Photo\n\n',
    );
    expect(p.body.text).toContain('[winter ferry timetable](/2024/02/winter-ferry-timetable/)');
    expect(reader.localPhoto?.(p.lead!.url, p)).toBe(join(SITE, 'content/posts/tidal-barrier-vote/barrier-model.jpg'));
  });

  it('reads TOML front matter, `slug:` over the file name, and a YouTube embed as a link', () => {
    const p = post('posts/ferry-timetable.md');
    expect(p).toMatchObject({
      slug: 'winter-ferry-timetable',
      published: '2024-02-05T07:15:00+00:00',
      updated: '2024-02-06T10:00:00+00:00',
      authors: ['Mira Okafor'],
      categories: ['posts'],
      oldUrls: ['/2024/02/winter-ferry-timetable/'],
      excerpt: 'The last boat from Kelder Quay will leave at 21:40 from March, an hour earlier than now.',
    });
    expect(p.body.text).toContain('\n\nEmbed: <https://www.youtube.com/watch?v=hQ3xK9wTq2M>\n\n');
    // `ref` gives the absolute permalink, `relref` the path.
    expect(p.body.text).toContain('[Saturday market](https://courier.hallam.example/2023/11/kelder-quay-market/)');
    expect(p.notes).toEqual([{ kind: 'embed', detail: expect.stringContaining('youtube') }]);
  });

  it('reads a date alone at midnight in the site zone, non-ASCII text, and `images` as the lead', () => {
    const p = post('posts/kelder-quay-market.md');
    expect(p.title).toBe('Kelder Quay’s Saturday market draws crowds to the new Café Wend stalls');
    expect(p.published).toBe('2023-11-18T00:00:00+00:00');
    expect(p.categories).toEqual(['culture']);
    expect(p.lead).toEqual({ url: '/images/kelder-market.jpg' });
    expect(reader.localPhoto?.(p.lead!.url, p)).toBe(join(SITE, 'static/images/kelder-market.jpg'));
    expect(reader.localPhoto?.('https://courier.hallam.example/images/kelder-market.jpg', p)).toBe(
      join(SITE, 'static/images/kelder-market.jpg'),
    );
    expect(p.body.text).toContain('Zoë Åberg sells crème brûlée');
    expect(p.body.text).toContain('(https://courier.hallam.example/2022/08/fire-guts-the-saltmarkets-covered-hall/#the-night)');
  });

  it('reads Go-style dates and credits, and leaves an unknown shortcode as written', () => {
    const p = post('posts/saltmarket-fire.md');
    expect(p.published).toBe('2022-08-14T21:40:00+01:00');
    expect(p.authors).toEqual(['ada-brennan', 'tomas-quill']);
    expect(p.body.text).toContain(
      '![Firefighters aim hoses at the burning hall roof](/images/saltmarket-fire.jpg "Crews from three stations fought the fire for four hours.")\nCredit: Photo by Ada Brennan',
    );
    expect(p.body.text).toContain('{{< pullquote >}}We watched thirty years of work go up in an hour.{{< /pullquote >}}');
    expect(p.notes).toEqual([{ kind: 'unknown-shortcode', detail: 'shortcode "pullquote" left as written' }]);
  });

  it('keeps drafts and scheduled posts as such', () => {
    expect(post('posts/harbour-dredging-plan.md')).toMatchObject({ status: 'draft', published: '2024-04-02T00:00:00+01:00' });
    expect(post('posts/harbour-dredging-plan.md').oldUrls).toContain('/drafts/dredging/');
    expect(post('posts/wend-bridge-reopening.md')).toMatchObject({ status: 'scheduled', published: '2099-06-01T08:00:00+01:00' });
  });

  it('reads JSON front matter and turns `highlight` into fenced code', () => {
    const p = post('posts/northgate-library.md');
    expect(p).toMatchObject({ authors: ['tomas-quill'], categories: ['education'], published: '2021-05-04T14:00:00+01:00' });
    expect(p.body.text).toContain(
      '\n\n```csv\nday,opens,closes\nMonday,09:00,22:00\nThursday,09:00,22:00\nFriday,09:00,18:00\n```\n\n',
    );
  });

  it('honours `url:`, `publishDate`, `modified`, `deck`, and notes a past `expiryDate`', () => {
    const p = post('posts/assembly-budget-explainer.md');
    expect(p).toMatchObject({
      published: '2023-02-28T12:00:00+00:00',
      updated: '2023-03-01T08:30:00+00:00',
      oldUrls: ['/explainers/assembly-budget/', '/explainers/budget-2023'],
      excerpt: 'A band D household in Hallam will pay £74 more a year from April. Here is where the money goes.',
      tags: ['budget'],
    });
    expect(kinds(p)).toEqual(['expired', 'embed']);
    expect(p.body.text).toContain('Embed: <https://twitter.com/HallamAssembly/status/1630000000000000001>');
  });

  it('marks a figure without alt text or caption decorative, with a note', () => {
    const p = post('posts/promenade-cleanup.md');
    expect(p.published).toBe('2022-02-19T09:05:00+00:00');
    expect(p.body.text).toContain('\n\n![](/images/lighthouse.jpg "decorative")\n\n');
    expect(kinds(p)).toEqual(['photo-without-alt', 'embed', 'embed']);
    expect(p.body.text).toContain('Embed: <https://www.instagram.com/p/CbX7yQ2Lm4s/>');
    expect(p.body.text).toContain('Embed: <https://vimeo.com/684213377>');
  });

  it('reads a TOML bundle with a `{{% figure %}}`, a featured image and a gist', () => {
    const p = post('posts/harbour-pilots-strike/index.md');
    expect(p).toMatchObject({
      slug: 'harbour-pilots-strike',
      published: '2023-07-03T00:00:00+01:00',
      lead: { url: 'pilots.jpg' },
    });
    expect(p.body.text).toContain(
      '![Pilots in orange jackets stand on the quay beside their launch](pilots.jpg "Pilots on the picket line at the launch steps.")\nCredit: Ada Brennan/Northwire Photo',
    );
    expect(p.body.text).toContain('[See the code on GitHub](https://gist.github.com/hallam-pilots/5b2c9e41d0a7)');
  });

  it('turns front matter that does not parse into notes, not a crash', () => {
    const p = post('posts/broken-front-matter.md');
    expect(kinds(p)).toEqual(['bad-front-matter', 'undated', 'untitled']);
    expect(p).toMatchObject({ title: 'Broken front matter', status: 'published', published: undefined });
    expect(p.body.text.trim()).toBe('Plans for a new tram depot at Northgate go on show at the library this week.');
  });

  it('tolerates a byte-order mark and blank lines before the front matter; shows an escaped shortcode as written', () => {
    const p = post('posts/lighthouse-keepers.md');
    expect(p).toMatchObject({ title: 'The last keepers of the Wend Head lighthouse', updated: '2019-04-03T11:00:00+00:00' });
    expect(p.lead).toEqual({ url: '/images/lighthouse.jpg' });
    expect(p.body.text).toContain('`{{< figure src="lighthouse.jpg" >}}`');
    expect(p.body.text).toContain('Embed: <https://x.com/HallamCourier/status/1775000000000000000>');
  });

  it('gives a section without a permalink pattern its folder address, and the section as category', () => {
    expect(post('news/ward-boundaries.md')).toMatchObject({
      oldUrls: ['/news/ward-boundaries/'],
      categories: ['news'],
      authors: ['Mira Okafor'],
      published: '2020-04-07T09:05:00+01:00',
    });
  });
});
