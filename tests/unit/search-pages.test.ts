import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageDigest } from '../../src/output/search-buckets.ts';
import { PAGES_RECORD, storyPages } from '../../src/output/search-pages.ts';

const STORY = '<html><body><article data-pagefind-body>The ferry</article></body></html>';
const LISTING = '<html><body><ul><li>The ferry</li></ul></body></html>';

function site() {
  const root = mkdtempSync(join(tmpdir(), 'broadsheet-search-pages-'));
  const write = (path: string, text: string) => {
    mkdirSync(join(root, 'site', path, '..'), { recursive: true });
    writeFileSync(join(root, 'site', path), text);
  };
  write('city/ferry/index.html', STORY);
  write('city/index.html', LISTING);
  write('pagefind/fragment.html', STORY);
  mkdirSync(join(root, 'store'));
  return { site: join(root, 'site'), store: join(root, 'store'), write };
}

describe('the story pages the search index holds', () => {
  it('are the pages marked data-pagefind-body, outside the index itself, each with the digest of its bytes', () => {
    const { site: dir, store } = site();
    expect(storyPages(dir, store)).toEqual({
      pages: [{ path: 'city/ferry/index.html', digest: pageDigest(STORY) }],
      total: 2,
      read: 2,
    });
  });

  it('are read only when no sum came for them, or the record does not know a page of that sum', () => {
    const { site: dir, store, write } = site();
    storyPages(dir, store);
    const sums = { 'city/ferry/index.html': pageDigest(STORY), 'city/index.html': pageDigest(LISTING) };
    // Changed on disk behind the sums' back: a page with a sum the record knows is not read again.
    write('city/ferry/index.html', `${STORY}\n`);
    expect(storyPages(dir, store, sums)).toMatchObject({ pages: [{ digest: pageDigest(STORY) }], read: 0 });
    // A sum the record does not know (a page written this build): read, and its own bytes hashed.
    write('city/index.html', STORY);
    const { pages, read } = storyPages(dir, store, { ...sums, 'city/index.html': pageDigest(STORY) });
    expect(pages.map((p) => p.path)).toEqual(['city/ferry/index.html', 'city/index.html']);
    expect(read).toBe(1);
  });

  it('read every page when the record is not the one written', () => {
    const { site: dir, store, write } = site();
    storyPages(dir, store);
    const record = join(store, PAGES_RECORD);
    writeFileSync(record, readFileSync(record, 'utf8').replace('"story":true', '"story":false'));
    write('city/ferry/index.html', `${STORY}\n`);
    const sums = { 'city/ferry/index.html': pageDigest(STORY) };
    expect(storyPages(dir, store, sums)).toMatchObject({
      pages: [{ path: 'city/ferry/index.html', digest: pageDigest(`${STORY}\n`) }],
      read: 2,
    });
  });
});
