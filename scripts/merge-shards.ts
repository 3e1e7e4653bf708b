/**
 * `npm run merge-shards -- <out> <shard-dir>…`: merges the outputs of a sharded build
 * (`BROADSHEET_SHARD=n/count npm run build`, one per CI runner) into one site, keeping each shard's
 * search index. Shards build disjoint story pages; files they share (styles, photos, the site
 * pages shard 1 owns) must be byte-identical, or the shards were built from different content.
 */
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { bundlePages, readBundleList, writeBundleList } from '../src/output/search-index.ts';

const [outArg, ...shardArgs] = process.argv.slice(2);
if (!outArg || shardArgs.length < 1) {
  console.error('usage: npm run merge-shards -- <out> <shard-dir> [<shard-dir>…]');
  process.exit(2);
}
const out = resolve(outArg);
const next = `${out}.merging-${process.pid}`;
rmSync(next, { recursive: true, force: true });

const owner = new Map<string, string>();
const clashes: string[] = [];
let copied = 0;
for (const shard of shardArgs.map((s) => resolve(s))) {
  for (const entry of readdirSync(shard, { recursive: true })) {
    const file = String(entry);
    const from = join(shard, file);
    if (statSync(from).isDirectory() || file.startsWith('pagefind/')) continue;
    const to = join(next, file);
    const first = owner.get(file);
    if (first) {
      if (!readFileSync(from).equals(readFileSync(to))) clashes.push(`${file} differs between ${first} and ${shard}`);
      continue;
    }
    owner.set(file, shard);
    mkdirSync(dirname(to), { recursive: true });
    copyFileSync(from, to);
    copied++;
  }
}
if (clashes.length) {
  rmSync(next, { recursive: true, force: true });
  console.error(`Shards disagree (built from different content or code?):\n  ${clashes.slice(0, 20).join('\n  ')}`);
  process.exit(1);
}
// Each shard indexed its own stories (in buckets): the first shard's index is the site's, the others
// sit beside it and the search page merges them all (Pagefind's mergeIndex), so no run ever indexes
// the whole archive.
const bundles: string[] = [];
let indexed = 0;
for (const [i, shard] of shardArgs.map((s) => resolve(s)).entries()) {
  const from = join(shard, 'pagefind');
  if (!existsSync(join(from, 'pagefind-entry.json'))) {
    rmSync(next, { recursive: true, force: true });
    console.error(`${shard} has no search index: build it again with npm run build`);
    process.exit(1);
  }
  const prefix = i === 0 ? '/pagefind/' : `/pagefind/shard-${i + 1}/`;
  cpSync(from, join(next, prefix), { recursive: true });
  const own = [prefix, ...readBundleList(shard).map((b) => b.replace(/^\/pagefind\//, prefix))];
  bundles.push(...own.filter((b) => b !== '/pagefind/'));
  indexed += own.reduce((n, b) => n + bundlePages(join(next, b)), 0);
}
writeBundleList(next, bundles);
rmSync(out, { recursive: true, force: true });
if (!existsSync(dirname(out))) mkdirSync(dirname(out), { recursive: true });
renameSync(next, out);
console.log(
  `Merged ${shardArgs.length} shards: ${copied} files, ${indexed} pages in ${bundles.length + 1} search indexes, into ${out}`,
);
