/**
 * Which pages of a built site the search index holds (story pages, marked `data-pagefind-body`), each
 * with a digest of its bytes. Reading and hashing every page took 0.5 s of a rebuild at 5,000 stories
 * and 2 s at 20,000, although Astro's process already knows the sum of each page it kept or wrote
 * (incremental/reuse-pages.ts `writtenSums`, sent with the pages-done message). A page is read only
 * when no sum came for it, or when the record of the last run does not say what a page of that sum is.
 */
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesUnder } from '../incremental/files-under.ts';
import { pageDigest, type IndexedPage } from './search-buckets.ts';

/** In the search cache: every page of the last run, its digest and whether it is a story page. */
export const PAGES_RECORD = 'pages.json';

type PageRecord = Map<string, { digest: string; story: boolean }>;

const seal = (text: string) => `${createHash('sha256').update(text).digest('hex')}\n${text}`;

/** The last run's record, when its first line is the sha256 of the rest; else none (every page is read). */
function readRecord(file: string): PageRecord {
  try {
    const text = readFileSync(file, 'utf8');
    const cut = text.indexOf('\n');
    const body = text.slice(cut + 1);
    if (seal(body) !== text) return new Map();
    return new Map(Object.entries(JSON.parse(body) as Record<string, { digest: string; story: boolean }>));
  } catch {
    return new Map();
  }
}

export interface StoryPages {
  /** The story pages, sorted by path. */
  pages: IndexedPage[];
  /** Pages of the site, and how many of them were read (the others known by their sums). */
  total: number;
  read: number;
}

/**
 * The story pages of `site`. `sums` (path → sha256 of the bytes written) spares reading a page
 * whose sum the record of the last run knows. Writes this run's record to `store`.
 */
export function storyPages(site: string, store: string, sums: Readonly<Record<string, string>> = {}): StoryPages {
  const file = join(store, PAGES_RECORD);
  const previous = readRecord(file);
  const next: PageRecord = new Map();
  const pages: IndexedPage[] = [];
  let read = 0;
  for (const path of filesUnder(site).sort()) {
    if (!path.endsWith('.html') || path.startsWith('pagefind/')) continue;
    const given = sums[path];
    const known = previous.get(path);
    let entry = given !== undefined && known?.digest === given ? known : undefined;
    if (!entry) {
      // Bytes, not text: decoding every page would cost more than hashing it.
      const html = readFileSync(join(site, path));
      read++;
      entry = { digest: pageDigest(html), story: html.includes('data-pagefind-body') };
    }
    next.set(path, entry);
    if (entry.story) pages.push({ path, digest: entry.digest });
  }
  writeFileSync(`${file}.${process.pid}`, seal(JSON.stringify(Object.fromEntries(next))));
  renameSync(`${file}.${process.pid}`, file);
  return { pages, total: next.size, read };
}
