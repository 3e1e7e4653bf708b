import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { cacheDir } from '../model/paths.ts';
import { currentShard, SHARD_HEAP_MB, shardNodeArgs } from '../model/shard.ts';
import { indexSite } from '../output/search-index.ts';
import { openScratch } from './scratch.ts';

export interface BuildOptions {
  /** The project root. */
  root: string;
  /** Where the finished site goes (`dist/` unless `BROADSHEET_DIST` says otherwise). */
  dist: string;
  /** Arguments passed on to `astro build` (e.g. `--force`). */
  astroArgs: readonly string[];
}

/**
 * `npm run build`: builds into a scratch folder and swaps it in only when the build succeeded,
 * so a failed build never leaves a half-written site where a good one stood. Resolves to the
 * process's exit status.
 */
export async function buildSite({ root, dist, astroArgs }: BuildOptions): Promise<number> {
  const scratch = openScratch(root, dist);
  const status = await runAstro(root, scratch.next, astroArgs);
  if (status !== 0 && shardNodeArgs().length)
    console.error(
      `\nIf the build ran out of memory ("heap limit"): a shard's heap is capped at ${SHARD_HEAP_MB} MB. Split the archive into more shards, or raise the cap with NODE_OPTIONS=--max-old-space-size=<MB>.`,
    );
  const fail = (code: number) => {
    rmSync(scratch.next, { recursive: true, force: true });
    console.error(`\nBuild failed: ${existsSync(dist) ? `${dist} was left as it was.` : 'nothing was written.'}`);
    return code;
  };
  if (status !== 0) return fail(status);

  // The search index is made in buckets of stories, each reused from the cache while its pages are
  // unchanged (search-index.ts); a shard indexes its own stories and merge-shards keeps every index.
  const started = performance.now();
  const perBucket = Number(process.env['BROADSHEET_SEARCH_BUCKET']) || undefined;
  const [search] = await Promise.all([
    indexSite(scratch.next, { cacheDir: resolve(root, cacheDir()), shards: currentShard()?.count, perBucket }),
    scratch.removeOldSites(),
  ]);
  if (search.errors.length) {
    console.error(`Search index failed:\n  ${search.errors.join('\n  ')}`);
    return fail(1);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `Search index: ${search.pages} stories in ${search.buckets} bucket(s), Pagefind read ${search.indexed} of them, in ${seconds} s`,
  );
  if (existsSync(dist)) renameSync(dist, scratch.previous);
  else mkdirSync(dirname(dist), { recursive: true });
  renameSync(scratch.next, dist);
  console.log(`Site written to ${dist}`);
  return 0;
}

/** Astro's build in a child process of its own (a shard's with a capped heap), into `outDir`. */
async function runAstro(root: string, outDir: string, args: readonly string[]): Promise<number> {
  const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const child = spawn(process.execPath, [...shardNodeArgs(), astro, 'build', ...args], {
    stdio: 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', BROADSHEET_OUT_DIR: outDir },
  });
  return new Promise<number>((done) => child.on('close', (code) => done(code ?? 1)));
}
