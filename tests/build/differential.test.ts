import { readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builds } from '../helpers/budget.ts';
import { differentialProject, siteDifferences } from '../helpers/differential.ts';
import { makeJpeg } from '../helpers/photos.ts';

// Whatever changed between two builds (the content, the settings, the code, the clock, or the caches
// themselves), the site an incremental build makes must be the one a build from nothing makes, byte
// for byte. Each round edits the project, rebuilds with the caches of every build before, builds the
// same state from empty caches, and compares every file of the two sites. Rounds build on each other.
let p: ReturnType<typeof differentialProject>;
/** The cold build of the current state: corrupting a cache changes no input, so it stays the reference. */
let reference = '';

const edit = (path: string, from: string, to: string) => p.edit(path, (t) => t.replace(from, to));

const filesIn = (dir: string, keep: (name: string) => boolean) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && keep(e.name))
    .map((e) => join(e.parentPath, e.name));

/** Edits to the project's inputs, in order: each round starts from the state the one before left. */
const EDITS: [string, () => void | Promise<void>][] = [
  [
    'the site config’s time zone changes',
    () => edit('project/src/site.config.ts', "timezone: 'Europe/London'", "timezone: 'Pacific/Auckland'"),
  ],
  [
    'a section is added and another’s label renamed',
    () => {
      edit('project/src/site.config.ts', "name: 'City',", "name: 'City and Port',");
      edit(
        'project/src/site.config.ts',
        'sections: [\n',
        "sections: [\n    { id: 'science', name: 'Science', colour: '#3a4f6b' },\n",
      );
    },
  ],
  ['a new hero.focal', () => edit('content/articles/news/council-vote.md', 'hero:\n', 'hero:\n  focal: { x: 10, y: 10 }\n')],
  ['a photo’s bytes are replaced', async () => void (await makeJpeg(p.at('content/images/market.jpg'), 900, 600))],
  ['the photo pipeline’s code changes', () => edit('project/src/photos/social-card.ts', 'fill="#8a1c1c"', 'fill="#1c3f8a"')],
  [
    'a template (an .astro component) changes',
    () => edit('project/src/components/StoryCard.astro', '<p class="card__meta">', '<p class="card__meta" data-edited>'),
  ],
  [
    'a Markdown plugin’s code changes',
    () => edit('project/src/markdown/rehype-external-links.ts', "[...values, 'noopener']", "[...values, 'noopener', 'external']"),
  ],
  [
    'an author file changes',
    () => edit('content/authors/ada-reporter.yaml', 'Covers the fixture beat.', 'Covers the harbour and the quays.'),
  ],
  ['a draft goes live', () => edit('content/articles/news/draft-story.md', 'draft: true\n', '')],
  ['a scheduled story’s time comes', () => void (p.env['BROADSHEET_NOW'] = '2026-11-25T12:00:00Z')],
  [
    'a body edit',
    () => edit('content/articles/news/market-reopens.md', 'on Wednesday.', 'on Wednesday, to a queue of regulars.'),
  ],
  [
    'the headline of a story others link to changes',
    () => edit('content/articles/news/tram-delays.md', 'Tram delays expected', 'Tram works confirmed'),
  ],
  ['a story is deleted', () => rmSync(p.at('content/articles/news/harbour-lights-today.md'))],
];

/** Damage done to the caches alone: the inputs are those of the last round, and so is the site. */
const DAMAGE: [string, () => void][] = [
  [
    'the rendered bodies in the cache are truncated or rewritten',
    () => {
      const [rewritten, ...truncated] = filesIn(p.at('.astro-cache/broadsheet-bodies'), (n) => n.endsWith('.html'));
      expect(truncated.length).toBeGreaterThan(3);
      for (const f of truncated) truncateSync(f, 10);
      writeFileSync(rewritten!, '<p>Words nobody wrote.</p>');
    },
  ],
  [
    'the photo derivatives in the cache are truncated',
    () => {
      const derivatives = filesIn(p.at('image-cache'), (n) => /\.(avif|webp|jpg)$/.test(n));
      expect(derivatives.length).toBeGreaterThan(20);
      for (const f of derivatives) truncateSync(f, 100);
    },
  ],
  [
    'the checker’s results in the cache are rewritten',
    () => {
      // Same length, other words: the headline a linking story shows comes from this result.
      const check = p.at('.astro-cache/broadsheet-check.bin');
      const bytes = readFileSync(check);
      expect(bytes.indexOf('Tram works confirmed')).toBeGreaterThan(0);
      bytes.write('Tram works abandoned', bytes.indexOf('Tram works confirmed'));
      writeFileSync(check, bytes);
    },
  ],
  [
    'the search indexes in the cache are truncated',
    () => {
      const search = filesIn(p.at('.astro-cache/broadsheet-search'), () => true);
      expect(search.length).toBeGreaterThan(3);
      for (const f of search) truncateSync(f, 5);
    },
  ],
];

describe('an incremental build is the build from empty caches, byte for byte', { timeout: builds(2) }, () => {
  beforeAll(() => {
    p = differentialProject();
    // A link to another site, so a change to the external-link plugin shows in a body.
    edit(
      'content/articles/news/ferry-timetable.md',
      'from December.',
      'from December ([timetable](https://ferries.example.net/winter)).',
    );
    p.warm();
  });
  afterAll(() => rmSync(p.root, { recursive: true, force: true }));

  for (const [name, change] of EDITS)
    it(`after ${name}`, async () => {
      await change();
      p.warm();
      reference = p.cold();
      expect(siteDifferences(p.at('site'), reference)).toEqual([]);
    });

  for (const [name, damage] of DAMAGE)
    it(`after ${name}`, () => {
      damage();
      p.warm();
      expect(siteDifferences(p.at('site'), reference)).toEqual([]);
    });
});
