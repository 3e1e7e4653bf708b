import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bucketOf } from '../../src/output/search-buckets.ts';
import { bundlePages, readBundleList } from '../../src/output/search-index.ts';
import { launchChromium } from '../helpers/browser.ts';
import { builds } from '../helpers/budget.ts';
import { build } from '../helpers/build.ts';
import { article, copyFixtureContent } from '../helpers/content-copy.ts';
import { siteFiles } from '../helpers/site-files.ts';
import { serve } from '../helpers/static-server.ts';

// The search index is split into buckets so that a rebuild runs Pagefind over the changed bucket
// only. 16 stories a bucket (instead of 500) splits this small site into four.
let root: string;
const at = (name: string) => join(root, name);
const env = { BROADSHEET_SEARCH_BUCKET: '16' };
const archive = (i: number) => `archive/old-${i}`;
// A made-up word per story that starts unlike any other (Pagefind matches on stems and prefixes).
const word = (i: number) => `${[...String(i)].map((d) => 'bcdfghjklm'[Number(d)]).join('')}vorn`;
const readBack = (log: string) => Number(/Pagefind read (\d+)/.exec(log)?.[1]);
/** Pages the search index read and hashed itself, and the site's pages. */
const pagesRead = (log: string): [number, number] => {
  const [, read, of] = /\((\d+) of (\d+) pages read/.exec(log) ?? [];
  return [Number(read), Number(of)];
};

function buildInto(name: string, cache = 'cache') {
  const result = build(at('content'), at(name), {
    ...env,
    BROADSHEET_IMAGE_CACHE: at('images'),
    BROADSHEET_CACHE_DIR: at(cache),
  });
  expect(result.status, result.output).toBe(0);
  return result.output;
}

const indexedPages = (site: string) =>
  ['/pagefind/', ...readBundleList(site)].reduce((n, b) => n + bundlePages(join(site, b)), 0);

describe('a search index in buckets', () => {
  let first: string;
  beforeAll(() => {
    const copy = copyFixtureContent();
    root = copy.root;
    for (let i = 10; i < 70; i++)
      copy.write(
        `articles/${archive(i)}.md`,
        article({ headline: `Archive story ${word(i)}`, published: `2025-01-${String((i % 28) + 1).padStart(2, '0')} 10:00` }),
      );
    first = buildInto('first');
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('splits the stories into buckets that together hold every story once', () => {
    expect(readBundleList(at('first'))).toEqual(['/pagefind/bucket-2/', '/pagefind/bucket-3/', '/pagefind/bucket-4/']);
    const stories = readBack(first);
    expect(stories).toBeGreaterThan(64);
    expect(indexedPages(at('first'))).toBe(stories);
  });

  it('finds a story from every bucket in one search box, in Chromium', async () => {
    const server = await serve(at('first'));
    const browser = await launchChromium();
    try {
      const page = await (await browser.newContext()).newPage();
      const seen = new Set<number>();
      for (let i = 10; i < 70 && seen.size < 4; i++) {
        const path = `city/old-${i}/`;
        const bucket = bucketOf(`${path}index.html`, 4);
        if (seen.has(bucket)) continue;
        seen.add(bucket);
        await page.goto(`${server.url}/search/?q=${word(i)}`);
        const hrefs = () => page.locator('.pagefind-ui__result-link').evaluateAll((l) => l.map((a) => a.getAttribute('href')));
        await expect.poll(hrefs).toEqual([`/${path}`]);
      }
      expect(seen.size).toBe(4);
    } finally {
      await browser.close();
      await server.close();
    }
  });

  // Pagefind takes the first image after the headline as a result's image, and indexes its address:
  // a portrait in the author box made random hashes match searches. Ignored parts give no metadata.
  it('takes no story its search image from the author box, the related links or other stories', () => {
    const fragments = siteFiles(at('first')).filter((f) => f.endsWith('.pf_fragment'));
    const metas = fragments.map((f) => {
      const text = gunzipSync(readFileSync(at(`first/${f}`))).toString('utf8');
      return (JSON.parse(text.slice(text.indexOf('{'))) as { meta: Record<string, string> }).meta;
    });
    expect(metas.length).toBeGreaterThan(64);
    const authors = readdirSync(at('content/authors')).map((f) => f.replace(/\.ya?ml$/, ''));
    expect(metas.filter((m) => authors.some((a) => m['image']?.includes(`/_media/${a}-`)))).toEqual([]);
  });

  it(
    'runs Pagefind again only over the bucket of an edited story, and makes the index a build from nothing makes',
    () => {
      const file = at(`content/articles/${archive(33)}.md`);
      writeFileSync(file, `${readFileSync(file, 'utf8')}\nA late correction mentions the quarrymen.\n`);
      const log = buildInto('edited');
      expect(readBack(log)).toBeGreaterThan(0);
      expect(readBack(log)).toBeLessThan(readBack(first) / 2);
      // The pages Astro kept came with their sums: only those written again are read.
      const [read, of] = pagesRead(log);
      expect(pagesRead(first)).toEqual([of, of]);
      expect(read).toBeGreaterThan(0);
      expect(read).toBeLessThan(of / 2);
      buildInto('edited-cold', 'cold-cache');
      const search = (site: string) => siteFiles(at(site)).filter((f) => f.startsWith('pagefind/'));
      expect(search('edited')).toEqual(search('edited-cold'));
      const differ = search('edited').filter(
        (f) => !readFileSync(at(`edited/${f}`)).equals(readFileSync(at(`edited-cold/${f}`))),
      );
      expect(differ).toEqual([]);
    },
    builds(2),
  );
});
