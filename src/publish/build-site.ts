import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { cacheDir } from '../model/paths.ts';
import { currentShard, SHARD_HEAP_MB, shardNodeArgs } from '../model/shard.ts';
import { indexSite } from '../output/search-index.ts';
import { isFull, noSpace, writeFailure } from './failure.ts';
import { openScratch, type Scratch } from './scratch.ts';
import { isPagesDone } from './pages-done.ts';
import { reportFootprint } from './site-footprint.ts';

export interface BuildOptions {
  /** The project root. */
  root: string;
  /** Where the finished site goes (`dist/` unless `BROADSHEET_DIST` says otherwise). */
  dist: string;
  /** Arguments passed on to `astro build` (e.g. `--force`). */
  astroArgs: readonly string[];
}

/**
 * `npm run build`: builds into a site folder of its own beside `dist` and points `dist` at it only
 * when the build succeeded, so a failed or killed build never leaves a half-written site where a
 * good one stood (scratch.ts). Resolves to the process's exit status.
 */
export async function buildSite({ root, dist, astroArgs }: BuildOptions): Promise<number> {
  const folder = dirname(dist);
  const cache = resolve(root, cacheDir());
  const fail = (code: number, reason?: string, next?: string) => {
    const full = reason ? undefined : [folder, cache].find(isFull);
    try {
      if (next) rmSync(next, { recursive: true, force: true });
    } catch {
      // a read-only file system: the next build removes it
    }
    const why = reason ?? (full && noSpace(full));
    const kept = existsSync(dist) ? `${dist} was left as it was.` : 'nothing was written.';
    console.error(`\nBuild failed: ${why ? `${why}. ` : ''}${kept}`);
    return code;
  };
  let scratch: Scratch;
  try {
    scratch = openScratch(root, dist);
  } catch (error) {
    return fail(1, writeFailure(error, folder));
  }
  // The search index is made in buckets of stories, each reused from the cache while its pages are
  // unchanged (search-index.ts); a shard indexes its own stories and merge-shards keeps every index.
  // It starts as soon as Astro says the pages are written, beside the photos' encoding (not in a shard).
  let indexing: Promise<SearchRun> | undefined;
  let sums: Record<string, string> | undefined;
  const startIndex = () => {
    if (indexing) return indexing;
    indexing = indexPages(scratch.next, cache, sums);
    // Awaited below, or dropped with the scratch folder when Astro fails: never an unhandled rejection.
    indexing.catch(() => undefined);
    return indexing;
  };
  // A shard is bound by memory, not time (its heap is capped): its search index waits for Astro's
  // process to end, so Pagefind's memory (a gigabyte for 5,000 stories) never adds to the photos'.
  const { status, code } = await runAstro(root, scratch.next, astroArgs, (written) => {
    sums = written;
    if (!currentShard()) startIndex();
  });
  if (status !== 0) await indexing?.catch(() => undefined);
  if (status !== 0 && shardNodeArgs().length)
    console.error(
      `\nIf the build ran out of memory ("heap limit"): a shard's heap is capped at ${SHARD_HEAP_MB} MB. Split the archive into more shards, or raise the cap with NODE_OPTIONS=--max-old-space-size=<MB>.`,
    );
  if (status !== 0) return fail(status, code && writeFailure({ code }, [folder, cache].find(isFull) ?? folder), scratch.next);

  let run: SearchRun | undefined;
  try {
    [run] = await Promise.all([unlessStalled(startIndex()), scratch.removeOldSites()]);
  } catch (error) {
    const full = [folder, cache].find(isFull);
    return fail(1, full ? noSpace(full) : `the search index failed: ${writeFailure(error, folder)}`, scratch.next);
  }
  const search = run?.search;
  if (!search || search.errors.length) {
    if (search) console.error(`Search index failed:\n  ${search.errors.join('\n  ')}`);
    else console.error('The search index stopped without an answer: Pagefind exited (see above).');
    return fail(1, undefined, scratch.next);
  }
  console.log(
    `Search index: ${search.pages} stories in ${search.buckets} bucket(s), Pagefind read ${search.indexed} of them, in ${run?.seconds} s (${search.read.pages} of ${search.read.of} pages read, the others known by their sums)`,
  );
  // A shard is part of a site: merge-shards measures the whole.
  if (!currentShard()) await reportFootprint(scratch.next);
  try {
    scratch.publish();
  } catch (error) {
    return fail(1, writeFailure(error, folder), scratch.next);
  }
  console.log(`Site written to ${dist}`);
  return 0;
}

interface SearchRun {
  search: Awaited<ReturnType<typeof indexSite>> | undefined;
  seconds: string;
}

async function indexPages(site: string, cache: string, sums: Record<string, string> | undefined): Promise<SearchRun> {
  const started = performance.now();
  const perBucket = Number(process.env['BROADSHEET_SEARCH_BUCKET']) || undefined;
  const search = await indexSite(site, { cacheDir: cache, shards: currentShard()?.count, perBucket, sums });
  return { search, seconds: ((performance.now() - started) / 1000).toFixed(1) };
}

/**
 * `work`, or undefined once the process has nothing else left to wait for: a child that died without
 * answering (Pagefind panicking on a full disk) leaves its promise pending for ever, and Node would
 * exit mid-build with a warning about an unsettled top-level await instead of saying what failed.
 */
function unlessStalled<T>(work: Promise<T>): Promise<T | undefined> {
  return new Promise((settle, reject) => {
    const stalled = () => settle(undefined);
    process.once('beforeExit', stalled);
    const done = () => process.off('beforeExit', stalled);
    work.then(
      (value) => (done(), settle(value)),
      (error: unknown) => (done(), reject(error)),
    );
  });
}

/**
 * Astro's build in a child process of its own (a shard's with a capped heap), into `outDir`. Its
 * errors are passed through and read for the one cause an editor can fix outside the content: a
 * file system that is full or read-only (the system error code Node prints). `pagesDone` is called
 * when Astro says every page is written (pages-done.ts), before the photos are encoded.
 */
async function runAstro(
  root: string,
  outDir: string,
  args: readonly string[],
  pagesDone: (sums: Record<string, string>) => void,
) {
  const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const child = spawn(process.execPath, [...shardNodeArgs(), astro, 'build', ...args], {
    stdio: ['inherit', 'inherit', 'pipe', 'ipc'],
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', BROADSHEET_OUT_DIR: outDir },
  });
  child.on('message', (message) => {
    if (isPagesDone(message)) pagesDone(message.sums);
  });
  let code: string | undefined;
  child.stderr!.on('data', (chunk: Buffer) => {
    process.stderr.write(chunk);
    code ??= /\b(ENOSPC|EDQUOT|EROFS)\b/.exec(chunk.toString())?.[1];
  });
  return new Promise<{ status: number; code?: string }>((done) =>
    child.on('close', (status) => done({ status: status ?? 1, ...(code && { code }) })),
  );
}
