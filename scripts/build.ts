/**
 * `npm run build`: builds into a scratch folder and swaps it in only when the build succeeded,
 * so a failed build never leaves a half-written site where a good one stood.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { indexSite } from './search-index.ts';

const root = process.cwd();
const dist = resolve(root, process.env['BROADSHEET_DIST'] ?? 'dist');
const scratch = join(root, '.broadsheet');
const next = join(scratch, `build-${process.pid}`);
const previous = join(scratch, `previous-${process.pid}`);
mkdirSync(scratch, { recursive: true });

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

// A shard indexes its own story pages; the merge keeps each shard's index and the search page
// merges them in the browser, so no single Pagefind run has to hold the whole archive.
{
  const started = performance.now();
  const search = await indexSite(next);
  if (search.errors.length) {
    console.error(`Search index failed:\n  ${search.errors.join('\n  ')}`);
    fail(1);
  }
  console.log(`Search index: ${search.pages} pages scanned in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
if (existsSync(dist)) renameSync(dist, previous);
else mkdirSync(dirname(dist), { recursive: true });
renameSync(next, dist);
rmSync(previous, { recursive: true, force: true });
console.log(`Site written to ${dist}`);
