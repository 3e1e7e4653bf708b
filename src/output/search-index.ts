/**
 * Pagefind indexes the built pages for `/search/`. Only story pages carry `data-pagefind-body`,
 * so listings and the front page never crowd out the stories themselves. The stories are split into
 * buckets (search-buckets.ts); each bucket's index is cached by what it was made from, so a rebuild
 * runs Pagefind only over the buckets whose pages changed.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { cachePath, cacheVersion } from '../incremental/cache-version.ts';
import { copyMatchingRecord, FOLDER_RECORD, isFolderWhole, writeFolderRecord } from '../incremental/folder-record.ts';
import { bucketFolder, bucketKey, type IndexedPage, pagesGlob, planBuckets } from './search-buckets.ts';
import { copyInto, copyTree, filesIn } from './search-copy.ts';
import { PAGES_RECORD, storyPages } from './search-pages.ts';

/** Where the search page finds the other indexes to merge into the first: more buckets, more shards. */
export const BUNDLE_LIST = 'pagefind/bundles.json';

export interface SearchIndexRun {
  errors: string[];
  /** Story pages in the index. */
  pages: number;
  buckets: number;
  /** Pages Pagefind read in this run: those of the buckets that changed. */
  indexed: number;
  /** Pages of the site read and hashed, of all (search-pages.ts): the others came with their sums. */
  read: { pages: number; of: number };
}

/** Files every bundle needs; the rest (the UI, the WebAssembly) only the first one, which loads them. */
const BUNDLE_DATA = /^(pagefind-entry\.json|pagefind\..*\.pf_meta|index|fragment|filter)$/;

/**
 * Runs Pagefind over one bucket's pages into the cache entry `entry`. Pagefind reads them in place when
 * a glob can name them (search-buckets.ts `pagesGlob`), else from copies in a folder of their own.
 */
async function indexBucket(site: string, pages: readonly IndexedPage[], entry: string, errors: string[]): Promise<void> {
  const glob = pagesGlob(pages);
  const pagesDir = `${entry}.pages-${process.pid}`;
  const out = `${entry}.tmp-${process.pid}`;
  const made = new Set<string>();
  if (!glob) for (const page of pages) copyInto(join(site, page.path), join(pagesDir, page.path), made);
  const { index, errors: created } = await pagefind.createIndex({});
  errors.push(...created);
  if (!index) return;
  const added = await index.addDirectory(glob ? { path: site, glob } : { path: pagesDir });
  const written = await index.writeFiles({ outputPath: out });
  await index.deleteIndex();
  rmSync(pagesDir, { recursive: true, force: true });
  errors.push(...added.errors, ...written.errors);
  if (added.errors.length || written.errors.length) return;
  writeFolderRecord(out);
  renameSync(out, entry);
}

export interface SearchIndexOptions {
  /** Where unchanged buckets are kept between builds. */
  cacheDir: string;
  /** The sha256 of each page Astro's process wrote or kept, by path (search-pages.ts). */
  sums?: Readonly<Record<string, string>> | undefined;
  /** How many shards the archive is built as (search-buckets.ts). */
  shards?: number | undefined;
  perBucket?: number | undefined;
}

/** Writes the index into `<site>/pagefind/`, reusing unchanged buckets from the cache. */
export async function indexSite(
  site: string,
  { cacheDir, shards, perBucket, sums }: SearchIndexOptions,
): Promise<SearchIndexRun> {
  const store = cachePath('search', cacheDir);
  mkdirSync(store, { recursive: true });
  const { pages, read, total } = storyPages(site, store, sums);
  const buckets = planBuckets(pages, shards, perBucket);
  const run: SearchIndexRun = {
    errors: [],
    pages: pages.length,
    buckets: buckets.length,
    indexed: 0,
    read: { pages: read, of: total },
  };
  const used = new Set<string>([PAGES_RECORD]);
  // What the recycled site folder still holds of the index two builds old: kept where unchanged.
  const old = new Set(filesIn(join(site, 'pagefind')));
  try {
    for (const [i, bucket] of buckets.entries()) {
      const key = `${bucketKey(cacheVersion('search'), buckets.length, bucket)}-${i}`;
      const entry = join(store, key);
      used.add(key);
      const target = join(site, 'pagefind', bucketFolder(i));
      const keep = (top: string) => top !== FOLDER_RECORD && (i === 0 || BUNDLE_DATA.test(top));
      // The recycled site's copy, when it holds exactly the files recorded: the entry is not read.
      const kept = copyMatchingRecord(entry, target, (path) => keep(path.split('/')[0]!));
      if (kept) {
        for (const file of kept) old.delete(file);
        continue;
      }
      // An index whose files are not the ones recorded (cut short, changed, missing) is made again.
      if (!isFolderWhole(entry)) {
        rmSync(entry, { recursive: true, force: true });
        await indexBucket(site, bucket, entry, run.errors);
        run.indexed += bucket.length;
        if (run.errors.length) return run;
      }
      copyTree(entry, target, keep, old);
    }
  } finally {
    await pagefind.close();
  }
  for (const file of old) rmSync(file, { force: true });
  writeBundleList(
    site,
    buckets.slice(1).map((_, i) => `/pagefind/${bucketFolder(i + 1)}`),
  );
  for (const stale of readdirSync(store).filter((name) => !used.has(name))) {
    rmSync(join(store, stale), { recursive: true, force: true });
  }
  return run;
}

/** Lists the extra indexes (site paths ending in `/`) the search page merges into `/pagefind/`. */
export function writeBundleList(site: string, bundles: string[]): void {
  // Removed first, as every file of a recycled site is, never rewritten in place.
  rmSync(join(site, BUNDLE_LIST), { force: true });
  writeFileSync(join(site, BUNDLE_LIST), `${JSON.stringify(bundles)}\n`);
}

/** The extra indexes a site's search page merges, from its bundle list. */
export const readBundleList = (site: string): string[] =>
  existsSync(join(site, BUNDLE_LIST)) ? (JSON.parse(readFileSync(join(site, BUNDLE_LIST), 'utf8')) as string[]) : [];

/** Pages in the index at `bundle` (a `pagefind/` folder), from its entry file. */
export function bundlePages(bundle: string): number {
  const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
}
