/**
 * `npm run build`: builds into a scratch folder and swaps it in only when the build succeeded,
 * so a failed build never leaves a half-written site where a good one stood.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { cacheDir } from '../src/model/paths.ts';
import { currentShard, SHARD_HEAP_MB, shardNodeArgs } from '../src/model/shard.ts';
import { indexSite } from '../src/output/search-index.ts';

const root = process.cwd();
const dist = resolve(root, process.env['BROADSHEET_DIST'] ?? 'dist');
const scratch = join(root, '.broadsheet');
const next = join(scratch, `build-${process.pid}`);
// The site this build replaces is kept until the next build of the same site, which recycles its
// folders (src/incremental/reuse-pages.ts keeps only the pages that are still current).
const previousOf = `previous-${createHash('sha1').update(dist).digest('hex').slice(0, 12)}-`;
const previous = join(scratch, `${previousOf}${process.pid}`);
mkdirSync(scratch, { recursive: true });
rmSync(next, { recursive: true, force: true });
for (const name of readdirSync(scratch).filter((n) => n.startsWith(previousOf))) {
  try {
    renameSync(join(scratch, name), next);
    break;
  } catch {
    // another build took it
  }
}

/**
 * Old sites nobody will recycle (this site's beyond the one taken above; other folders' after an
 * hour) are deleted while this build makes its search index (mostly Pagefind's work, in its own
 * process): tens of thousands of files, 0.8 s at 5,000 stories, which during Astro's run would slow
 * Astro's own file work threefold. Each is claimed by renaming it first, so builds running side by
 * side never delete the same one.
 */
async function removeOldSites(): Promise<void> {
  const hourAgo = Date.now() - 3_600_000;
  const old = readdirSync(scratch).filter(
    (name) => name.startsWith(previousOf) || (name.startsWith('previous-') && statSync(join(scratch, name)).ctimeMs < hourAgo),
  );
  await Promise.all(
    old.map(async (name, i) => {
      const claimed = join(scratch, `removing-${process.pid}-${i}`);
      try {
        renameSync(join(scratch, name), claimed);
      } catch {
        return; // another build took it
      }
      await rm(claimed, { recursive: true, force: true });
    }),
  );
}

const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
const child = spawn(process.execPath, [...shardNodeArgs(), astro, 'build', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', BROADSHEET_OUT_DIR: next },
});
const status = await new Promise<number>((done) => child.on('close', (code) => done(code ?? 1)));
if (status !== 0 && shardNodeArgs().length)
  console.error(
    `\nIf the build ran out of memory ("heap limit"): a shard's heap is capped at ${SHARD_HEAP_MB} MB. Split the archive into more shards, or raise the cap with NODE_OPTIONS=--max-old-space-size=<MB>.`,
  );

const fail = (status: number) => {
  rmSync(next, { recursive: true, force: true });
  console.error(`\nBuild failed: ${existsSync(dist) ? `${dist} was left as it was.` : 'nothing was written.'}`);
  process.exit(status);
};
if (status !== 0) fail(status);

// The search index is made in buckets of stories, each reused from the cache while its pages are
// unchanged (search-index.ts); a shard indexes its own stories and merge-shards keeps every index.
{
  const started = performance.now();
  const perBucket = Number(process.env['BROADSHEET_SEARCH_BUCKET']) || undefined;
  const [search] = await Promise.all([
    indexSite(next, { cacheDir: resolve(root, cacheDir()), shards: currentShard()?.count, perBucket }),
    removeOldSites(),
  ]);
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
console.log(`Site written to ${dist}`);
