import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/index.ts';
import type { Problem } from '../../src/check/problems.ts';
import site from '../../src/site.config.ts';
import { article, copyFixtureContent } from '../helpers/content-copy.ts';
import { NOW } from '../helpers/mistakes/run.ts';

// Every page family the build makes, linked from one story each, all checked in one run.
const GOOD: Record<string, string> = {
  story: '/politics/council-vote/',
  'story without its slash': '/politics/council-vote',
  'story as index.html': '/politics/council-vote/index.html',
  'story, relative to this one': '../../politics/council-vote/',
  section: '/business/',
  tag: '/tags/harbour/',
  author: '/authors/ada-reporter/',
  'month archive': '/archive/2026/11/',
  'page 2 of a listing': '/tags/tidal/page/2/',
  feed: '/politics/rss.xml',
  'site feed': '/atom.xml',
  'old address (redirectFrom)': '/politics/ferry-timetable/',
  'file in public/': '/docs/guide.pdf',
  'full address on our domain': 'https://courier.example.org/culture/',
  'a place on a page': '/politics/council-vote/#the-vote',
};
const BAD: Record<string, { url: string; nearest: string }> = {
  'misspelt story': { url: '/politics/council-vot/', nearest: '/politics/council-vote/' },
  'full address, misspelt': { url: 'https://courier.example.org/politics/councl-vote/', nearest: '/politics/council-vote/' },
  'story under the wrong section': { url: '/city/council-vote/', nearest: '/politics/council-vote/' },
  'page past the listing’s end': { url: '/tags/tidal/page/3/', nearest: '/tags/tidal/page/2/' },
  'a draft’s page': { url: '/city/draft-story/', nearest: '/city/story/' },
};
const slug = (s: string) =>
  s
    .replace(/[^a-z0-9]+/gi, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();

describe('links to pages of this site', () => {
  let problems: Problem[] = [];
  let root = '';
  beforeAll(async () => {
    const copy = copyFixtureContent();
    root = copy.root;
    mkdirSync(join(root, 'public', 'docs'), { recursive: true });
    writeFileSync(join(root, 'public', 'docs', 'guide.pdf'), '%PDF');
    // Eleven stories in one tag make its listing two pages long (ten a page).
    for (let n = 1; n <= 11; n++) copy.write(`articles/tidal/tide-${n}.md`, article({ tags: '[tidal]' }));
    for (const [name, url] of Object.entries({ ...GOOD, ...Object.fromEntries(Object.entries(BAD).map(([k, v]) => [k, v.url])) }))
      copy.write(`articles/links/${slug(name)}.md`, article({}, `Some text.\n\nSee [the page](${url}) for more.\n`));
    copy.write('articles/links/from-a-draft.md', article({ draft: 'true' }, 'See [the page](/nowhere/at-all/).\n'));
    copy.write('articles/links/other-site.md', article({}, 'See [the page](https://other.example.net/nowhere/).\n'));
    ({ problems } = await checkContent(root, site, 'content', NOW));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const brokenIn = (name: string) =>
    problems.filter((p) => p.kind === 'BrokenInternalLink' && p.file === `content/articles/links/${name}.md`);

  it.each(Object.keys(GOOD))('accepts a link to a %s', (name) => {
    expect(brokenIn(slug(name))).toEqual([]);
  });

  it.each(Object.entries(BAD))('refuses a link to a %s, naming the nearest address', (name, { url, nearest }) => {
    const [broken, ...more] = brokenIn(slug(name));
    expect(more).toEqual([]);
    expect(broken).toMatchObject({ severity: 'error', line: 11 });
    expect(broken?.message).toContain(url);
    expect(broken?.hint).toContain(`did you mean ${nearest}?`);
  });

  it('leaves a draft’s links and other sites’ pages alone', () => {
    expect(brokenIn('from-a-draft')).toEqual([]);
    expect(brokenIn('other-site')).toEqual([]);
  });

  it('finds nothing broken in the fixture stories themselves', () => {
    expect(problems.filter((p) => p.kind === 'BrokenInternalLink' && !p.file.includes('/links/'))).toEqual([]);
  });
});
