import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/index.ts';
import { slugify, uniqueSlug } from '../../src/model/slug.ts';
import site from '../../src/site.config.ts';
import { PROJECT_ROOT } from '../helpers/build.ts';
import { copyFixtureContent } from '../helpers/content-copy.ts';

describe('slugs made from headlines', () => {
  it.each([
    ['Café owners’ “rescue” at São Paulo façade', 'cafe-owners-rescue-at-sao-paulo-facade'],
    ['Straße, Ærøskøbing and Łódź', 'strasse-aeroskobing-and-lodz'],
    ['Пётр Чайковский в Αθήνα', 'petr-chaykovskiy-v-athina'],
    ['£27m gap: 4% rise & cuts?!', '27m-gap-4-percent-rise-and-cuts'],
    ["Councillors' meetings -- to be published (at last)...", 'councillors-meetings-to-be-published-at-last'],
    ['  MIXED Case   and\ttabs ', 'mixed-case-and-tabs'],
    ['«Ça ne va pas» — dit-il', 'ca-ne-va-pas-dit-il'],
  ])('%j → %s', (headline, slug) => {
    expect(slugify(headline)).toBe(slug);
  });

  it('keeps ids short, cutting at a word', () => {
    const slug = slugify('Assembly delays Wend Bridge budget vote after late ferry amendment from the harbour group');
    expect(slug).toBe('assembly-delays-wend-bridge-budget-vote-after-late-ferry');
    expect(slug.length).toBeLessThanOrEqual(60);
  });

  it('numbers a slug that is taken, and names a headline with no letters "story"', () => {
    expect(uniqueSlug('tram-delays', new Set(['tram-delays', 'tram-delays-2']))).toBe('tram-delays-3');
    expect(uniqueSlug('fresh', new Set(['tram-delays']))).toBe('fresh');
    expect(uniqueSlug(slugify('!!! ???'), new Set())).toBe('story');
  });
});

function runNew(root: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['scripts/new.ts', '--root', root, ...args], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    // stdin is a pipe, not a terminal: the script must never wait for an answer.
    input: '',
    env: { ...process.env, BROADSHEET_NOW: '2026-07-01T08:30:45Z', TZ: 'Asia/Tokyo', ...env },
  });
  return { status: result.status, out: result.stdout, err: result.stderr };
}

describe('npm run new, with flags and no terminal', () => {
  const flags = ['--headline', 'Café owners’ £2m “rescue”: what next?', '--section', 'city', '--author', 'ada-reporter'];

  it('writes a story in its section folder that the checker accepts', async () => {
    const { root } = copyFixtureContent();
    const run = runNew(root, [...flags, '--dek', 'Traders: "we were not asked".']);
    expect(run.err).toBe('');
    expect(run.status).toBe(0);
    expect(run.out).toContain('content/articles/city/cafe-owners-2m-rescue-what-next.md');

    const text = readFileSync(join(root, 'content/articles/city/cafe-owners-2m-rescue-what-next.md'), 'utf8');
    // Dates are written in the site zone (BST in July), whatever the machine's TZ.
    expect(text).toMatch(/^published: 2026-07-01 09:30 # Europe\/London time/m);
    expect(text).toMatch(/^draft: true/m);
    expect(text).toContain('dek: \'Traders: "we were not asked".\'');
    expect(text).toMatch(/^# hero:/m);
    expect(text).toMatch(/^# {3}src: \.\.\/\.\.\/images\/your-photo\.jpg$/m);
    expect(text).toMatch(/^# {3}credit: 'Agency – PLACE, COUNTRY – Jul 1, 2026 — Photo by Name'$/m);
    expect(text).toMatch(/^# related:/m);

    const index = await checkContent(root, site, 'content');
    expect(index.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const story = index.byId.get('cafe-owners-2m-rescue-what-next')!;
    expect(story.data.headline).toBe('Café owners’ £2m “rescue”: what next?');
    expect(story.data.authors).toEqual(['ada-reporter']);
    expect(story.data.published.toISOString()).toBe('2026-07-01T08:30:00.000Z');
    // The copy desk reminds the editor of what is still to do.
    const warnings = index.problems.filter((p) => p.file.endsWith('cafe-owners-2m-rescue-what-next.md')).map((p) => p.message);
    expect(warnings).toEqual(
      expect.arrayContaining([expect.stringMatching(/placeholder text/), expect.stringMatching(/links to no other story/)]),
    );
  });

  it('never reuses an id, even one in another section folder', () => {
    const { root } = copyFixtureContent();
    const again = ['--headline', 'Tram delays!', '--section', 'city', '--author', 'ada-reporter'];
    expect(runNew(root, again).out).toContain('content/articles/city/tram-delays-2.md');
    expect(runNew(root, again).out).toContain('content/articles/city/tram-delays-3.md');
    const taken = runNew(root, [...again, '--slug', 'Council Vote']);
    expect(taken.status).toBe(1);
    expect(taken.err).toMatch(/the id "council-vote" is taken by content\/articles\/news\/council-vote\.md/);
  });

  it('takes several authors, a publication time and a ready-to-publish story', async () => {
    const { root, write } = copyFixtureContent();
    write('authors/bo-writer.yaml', 'name: Bo Writer\n');
    const run = runNew(root, [
      '--headline',
      'Scheduled piece',
      '--section',
      'business',
      '--author',
      'ada-reporter,bo-writer',
      '--published',
      '2026-12-01 06:00',
      '--no-draft',
    ]);
    expect(run.status).toBe(0);
    const text = readFileSync(join(root, 'content/articles/business/scheduled-piece.md'), 'utf8');
    expect(text).toMatch(/^authors: \[ada-reporter, bo-writer\]$/m);
    expect(text).toMatch(/^published: 2026-12-01 06:00 /m);
    expect(text).toMatch(/^draft: false$/m);
    const index = await checkContent(root, site, 'content');
    expect(index.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('says which flags are missing instead of waiting for input', () => {
    const run = runNew(copyFixtureContent().root, ['--headline', 'Only a headline']);
    expect(run.status).toBe(2);
    expect(run.err).toMatch(/missing --section, --author/);
    expect(run.err).toMatch(/usage: npm run new/);
  });

  it('names a wrong section or author with what would be right', () => {
    const run = runNew(copyFixtureContent().root, ['--headline', 'X', '--section', 'sports', '--author', 'nobody']);
    expect(run.status).toBe(1);
    expect(run.err).toMatch(/there is no section "sports": choose one of politics, business/);
    expect(run.err).toMatch(/unknown author "nobody": add content\/authors\/nobody\.yaml or use one of ada-reporter/);
  });
});

describe('npm run new, for people', () => {
  it('takes sections and authors by name, in any case: "Mara Okafor" is one author', () => {
    const { root, write } = copyFixtureContent();
    write('authors/mara-okafor.yaml', 'name: Mara Okafor\n');
    const run = runNew(root, ['-t', 'Ferry pier closes', '-s', 'Politics', '-a', 'Mara Okafor, ADA-REPORTER']);
    expect(run.err).toBe('');
    const text = readFileSync(join(root, 'content/articles/politics/ferry-pier-closes.md'), 'utf8');
    expect(text).toMatch(/^section: politics$/m);
    expect(text).toMatch(/^authors: \[mara-okafor, ada-reporter\]$/m);
  });

  it('answers an unknown flag with the usage and exit code 2, never a stack trace', () => {
    const run = runNew(copyFixtureContent().root, ['--titel', 'Typo']);
    expect(run.status).toBe(2);
    expect(run.err).toMatch(/Unknown option '--titel'/);
    expect(run.err).toMatch(/usage: npm run new -- /);
    expect(run.err).not.toMatch(/^\s+at /m);
  });

  it('says where the flags went when npm kept them (no -- after npm run new)', () => {
    // What `npm run new --headline "Bridge vote" --no-draft` hands the script: the values, and npm's settings.
    const npm = { npm_lifecycle_event: 'new', npm_config_headline: 'true', npm_config_draft: '' };
    const run = runNew(copyFixtureContent().root, ['Bridge vote'], npm);
    expect(run.status).toBe(2);
    expect(run.err).toMatch(/npm kept --headline, --draft for itself: put -- between `npm run new` and the flags/);
    expect(run.err).not.toMatch(/^\s+at /m);
  });

  it('says how to pass flags when none arrive and nothing can be asked', () => {
    const run = runNew(copyFixtureContent().root, []);
    expect(run.status).toBe(2);
    expect(run.err).toMatch(/give the flags after --, e\.g\. npm run new -- --headline/);
  });
});
