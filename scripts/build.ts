/**
 * `npm run build`: builds into a scratch folder and swaps it in only when the build succeeded,
 * so a failed build never leaves a half-written site where a good one stood.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { cacheDir } from '../src/lib/paths.ts';
import { currentShard } from '../src/lib/shard.ts';
import { indexSite } from './search-index.ts';

const root = process.cwd();
const dist = resolve(root, process.env['BROADSHEET_DIST'] ?? 'dist');
const scratch = join(root, '.broadsheet');
const next = join(scratch, `build-${process.pid}`);
const previous = join(scratch, `previous-${process.pid}`);
mkdirSync(scratch, { recursive: true });
// The output folder must start empty: Astro is told not to empty it (src/lib/reuse-pages.ts).
rmSync(next, { recursive: true, force: true });

const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
const result = spawnSync(process.execPath, [astro, 'build', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', BROADSHEET_OUT_DIR: next },
});

const fail = (status: number) => {
  rmSync(next, { recursive: true, force: true });
  console.error(`\nBuild failed: ${existsSync(dist) ? `${dist} was left as it was.` : 'nothing was written.'}`);
  process.exit(status);
};
if (result.status !== 0) fail(result.status ?? 1);

// The search index is made in buckets of stories, each reused from the cache while its pages are
// unchanged (search-index.ts); a shard indexes its own stories and merge-shards keeps every index.
{
  const started = performance.now();
  const perBucket = Number(process.env['BROADSHEET_SEARCH_BUCKET']) || undefined;
  const search = await indexSite(next, { cacheDir: resolve(root, cacheDir()), shards: currentShard()?.count, perBucket });
  if (search.errors.length) {
    console.error(`Search index failed:\n  ${search.errors.join('\n  ')}`);
    fail(1);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `Search index: ${search.pages} stories in ${search.buckets} bucket(s), Pagefind read ${search.indexed} of them, in ${seconds} s`,
  );
}
if (existsSync(dist)) renameSync(dist, previous);
else mkdirSync(dirname(dist), { recursive: true });
renameSync(next, dist);
rmSync(previous, { recursive: true, force: true });
console.log(`Site written to ${dist}`);
