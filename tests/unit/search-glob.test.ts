import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_GLOB, pageDigest, pagesGlob } from '../../src/output/search-buckets.ts';
import { bundlePages, indexSite } from '../../src/output/search-index.ts';

const page = (path: string) => ({ path, digest: pageDigest(path) });
const root = mkdtempSync(join(tmpdir(), 'broadsheet-search-glob-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A site of story pages at `paths`, each with a body Pagefind indexes. */
function site(name: string, paths: string[]): string {
  const dir = join(root, name);
  for (const [i, path] of paths.entries()) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    const body = `<main data-pagefind-body><h1>Harbour story ${i}</h1><p>The ferry timetable changes in spring.</p></main>`;
    writeFileSync(
      join(dir, path),
      `<!doctype html><html lang="en"><head><title>Story ${i}</title></head><body>${body}</body></html>`,
    );
  }
  return dir;
}

describe("the glob naming a bucket's pages", () => {
  it('names every page as it is', () => {
    expect(pagesGlob([page('politics/story-1/index.html'), page('city/story_2/index.html')])).toBe(
      '{politics/story-1/index.html,city/story_2/index.html}',
    );
  });

  it('is not made for a path a glob would read otherwise, or when too long for Pagefind', () => {
    for (const odd of [
      'city/a,b/index.html',
      'city/{a}/index.html',
      'city/a*/index.html',
      'city/[a]/index.html',
      'city/é/index.html',
    ])
      expect(pagesGlob([page('politics/story-1/index.html'), page(odd)])).toBeUndefined();
    const many = Array.from({ length: 4_000 }, (_, i) => page(`politics/story-${String(i).padStart(6, '0')}/index.html`));
    expect(many.map((p) => p.path).join(',').length).toBeGreaterThan(MAX_GLOB);
    expect(pagesGlob(many)).toBeUndefined();
  });

  it('indexes every page, whether Pagefind reads them in place or from copies', async () => {
    const plain = ['politics/story-1/index.html', 'city/story-2/index.html', 'sport/story-3/index.html'];
    const odd = [...plain.slice(0, 2), 'sport/story,3/index.html'];
    for (const [name, paths] of [
      ['plain', plain],
      ['odd', odd],
    ] as const) {
      const dir = site(name, paths);
      const run = await indexSite(dir, { cacheDir: join(root, `${name}-cache`), perBucket: 100 });
      expect(run.errors).toEqual([]);
      expect(bundlePages(join(dir, 'pagefind'))).toBe(3);
      // Neither a copy of the pages nor an unfinished index is left in the cache.
      expect(
        readdirSync(join(root, `${name}-cache`), { recursive: true })
          .map(String)
          .filter((f) => /\.(pages|tmp)-/.test(f)),
      ).toEqual([]);
    }
  });
});
