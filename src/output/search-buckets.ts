/**
 * The search index is split into buckets of story pages, each a Pagefind bundle the search page
 * merges (Pagefind's mergeIndex shares one WebAssembly module across them, so a reader pays one small
 * request per bucket and search). A rebuild re-indexes only the buckets whose pages changed: editing
 * one story of 5,000 indexes about 600 pages, not 5,000. Pure planning here; I/O in search-index.ts.
 */
import { createHash } from 'node:crypto';

/**
 * Below this many stories per bucket, more buckets cost readers more requests than they save builds.
 * `BROADSHEET_SEARCH_BUCKET` overrides it (the tests split a small site).
 */
export const PAGES_PER_BUCKET = 500;
/** The most bundles a search page merges, over all shards of a sharded build. */
export const MAX_BUNDLES = 32;

const floorPow2 = (n: number) => (n < 1 ? 1 : 2 ** Math.floor(Math.log2(n)));

/**
 * Buckets for a run indexing `pages` stories as one of `shards`. A power of two, so the count (and
 * with it every bucket's key) changes only when the archive doubles, not with each new story.
 */
export const bucketCount = (pages: number, shards = 1, perBucket = PAGES_PER_BUCKET) =>
  Math.min(floorPow2(pages / perBucket), floorPow2(MAX_BUNDLES / shards));

/** A stable hash of the page's path, unrelated to the shard split (which hashes story ids with FNV-1a). */
export const bucketOf = (path: string, count: number) =>
  count === 1 ? 0 : createHash('sha1').update(path).digest().readUInt32BE(0) % count;

/** Where bucket `i` sits below the site's `/pagefind/`: the first is Pagefind's own place. */
export const bucketFolder = (i: number) => (i === 0 ? '' : `bucket-${i + 1}/`);

export interface IndexedPage {
  /** Relative to the site, e.g. `politics/story-1/index.html`. */
  path: string;
  /** A hash of the page's bytes (the bytes themselves would hold 400 MB at 20,000 stories). */
  digest: string;
}

export const pageDigest = (html: string | Uint8Array) => createHash('sha256').update(html).digest('hex');

/**
 * Names what a bucket's index is made from: `version`, the registry's version of the search cache
 * (the code that makes an index and Pagefind's own version), and every page's path and bytes.
 * Any change that could reach the index changes the key; an unchanged bucket is reused whole.
 */
export function bucketKey(version: string, count: number, bucket: readonly IndexedPage[]): string {
  const hash = createHash('sha256').update(`${version}\n${count}\n`);
  for (const page of [...bucket].sort((a, b) => (a.path < b.path ? -1 : 1))) {
    hash.update(`${page.path}\n${page.digest}\n`);
  }
  return hash.digest('hex').slice(0, 32);
}

/** Sorts pages into `bucketCount` buckets. */
export function planBuckets(pages: readonly IndexedPage[], shards = 1, perBucket = PAGES_PER_BUCKET): IndexedPage[][] {
  const count = bucketCount(pages.length, shards, perBucket);
  const buckets: IndexedPage[][] = Array.from({ length: count }, () => []);
  for (const page of pages) buckets[bucketOf(page.path, count)]!.push(page);
  return buckets;
}

/** Paths a glob names as they are: no `*`, `?`, `[`, `{`, `,` or `\\` to mean anything else. */
const PLAIN_PATH = /^[\w./-]+$/;

/**
 * The longest glob handed to Pagefind. It refuses longer ones: a glob naming 7,000 pages (217,336
 * characters) parsed, one naming 10,000 (313,336) did not. Half of what parsed. Buckets hold 500 to
 * 1,000 pages, but a shard of a large archive may be one bucket of several thousand.
 */
export const MAX_GLOB = 100_000;

/**
 * A glob naming exactly `pages`, for Pagefind to read them where they are; undefined when a path would
 * mean something else in a glob or the glob would be too long (the pages are then copied for it).
 */
export function pagesGlob(pages: readonly IndexedPage[]): string | undefined {
  if (!pages.every((page) => PLAIN_PATH.test(page.path))) return undefined;
  const glob = `{${pages.map((page) => page.path).join(',')}}`;
  return glob.length <= MAX_GLOB ? glob : undefined;
}
