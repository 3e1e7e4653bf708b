import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundlePages } from '../../src/output/search-index.ts';
import { launchChromium } from '../helpers/browser.ts';
import { builds } from '../helpers/budget.ts';
import { build, PROJECT_ROOT } from '../helpers/build.ts';
import { serve } from '../helpers/static-server.ts';
import { htmlFiles, siteFiles } from '../helpers/site-files.ts';

// A large archive builds as a CI matrix of shards whose outputs merge: the merged site must be the
// site a single build makes, file for file.
const CONTENT = 'tests/fixtures/site/content';
const tmp = mkdtempSync(join(tmpdir(), 'broadsheet-shards-'));
const dir = (name: string) => join(tmp, name);
const withoutSearch = (files: string[]) => files.filter((f) => !f.startsWith('pagefind/'));
const stories = (dist: string) =>
  htmlFiles(dist).filter((f) => readFileSync(join(dist, f), 'utf8').includes('data-pagefind-body'));

describe('a build split into two shards', () => {
  beforeAll(() => {
    const results = [
      build(CONTENT, dir('whole'), { BROADSHEET_CACHE_DIR: dir('cache-whole') }),
      build(CONTENT, dir('shard-1'), { BROADSHEET_SHARD: '1/2', BROADSHEET_CACHE_DIR: dir('cache-1') }),
      build(CONTENT, dir('shard-2'), { BROADSHEET_SHARD: '2/2', BROADSHEET_CACHE_DIR: dir('cache-2') }),
    ];
    for (const b of results) expect(b.status, b.output).toBe(0);
    const merge = spawnSync(process.execPath, ['scripts/merge-shards.ts', dir('merged'), dir('shard-1'), dir('shard-2')], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
    });
    expect(merge.status, merge.stderr).toBe(0);
  }, builds(3));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('splits the story pages between the shards, and only shard 1 builds listings', () => {
    const one = stories(dir('shard-1'));
    const two = stories(dir('shard-2'));
    expect(one.length).toBeGreaterThan(0);
    expect(two.length).toBeGreaterThan(0);
    expect(one.filter((f) => two.includes(f))).toEqual([]);
    expect([...one, ...two].sort()).toEqual(stories(dir('whole')));
    expect(existsSync(join(dir('shard-1'), 'articles/index.html'))).toBe(true);
    expect(existsSync(join(dir('shard-2'), 'articles/index.html'))).toBe(false);
  });

  it('merges into the same files, with the same bytes, as one whole build', () => {
    const whole = withoutSearch(siteFiles(dir('whole')));
    expect(withoutSearch(siteFiles(dir('merged')))).toEqual(whole);
    const differ = whole.filter((f) => !readFileSync(join(dir('whole'), f)).equals(readFileSync(join(dir('merged'), f))));
    expect(differ).toEqual([]);
    // Swapped in as a build's dist is: a link to a whole site folder, replaced in one rename.
    expect(lstatSync(dir('merged')).isSymbolicLink()).toBe(true);
  });

  it('keeps one search index per shard, together holding every story once', () => {
    const extra = JSON.parse(readFileSync(join(dir('merged'), 'pagefind/bundles.json'), 'utf8')) as string[];
    expect(extra).toEqual(['/pagefind/shard-2/']);
    const counts = ['pagefind', 'pagefind/shard-2'].map((b) => bundlePages(join(dir('merged'), b)));
    expect(counts).toEqual([stories(dir('shard-1')).length, stories(dir('shard-2')).length]);
  });

  it('finds stories from every shard in one search, in Chromium', async () => {
    const server = await serve(dir('merged'));
    const browser = await launchChromium();
    try {
      const page = await (await browser.newContext()).newPage();
      for (const shard of ['shard-1', 'shard-2']) {
        const file = stories(dir(shard))[0]!;
        const headline = readFileSync(join(dir(shard), file), 'utf8').match(/<h1[^>]*>([^<]+)<\/h1>/)![1]!;
        const word = headline.split(/\W+/).sort((a, b) => b.length - a.length)[0]!;
        await page.goto(`${server.url}/search/?q=${encodeURIComponent(word)}`);
        const hrefs = () => page.locator('.pagefind-ui__result-link').evaluateAll((l) => l.map((a) => a.getAttribute('href')));
        await expect.poll(hrefs).toContain(`/${file.replace(/index\.html$/, '')}`);
      }
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
