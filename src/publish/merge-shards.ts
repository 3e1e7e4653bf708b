import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { bundlePages, readBundleList, writeBundleList } from '../output/search-index.ts';
import { openScratch } from './scratch.ts';

/** What a merge did, or why it refused. */
export type MergeResult = { ok: true; message: string } | { ok: false; message: string };

/**
 * Merges the outputs of a sharded build (`BROADSHEET_SHARD=n/count npm run build`, one per CI
 * runner) into one site at `out`, keeping each shard's search index. Shards build disjoint story
 * pages; files they share (styles, photos, the site pages shard 1 owns) must be byte-identical, or
 * the shards were built from different content. `out` is swapped like a build's `dist` (scratch.ts):
 * a link to a site folder beside it, replaced in one rename only when the merge succeeds.
 */
export async function mergeShards(out: string, shards: readonly string[], root = process.cwd()): Promise<MergeResult> {
  const scratch = openScratch(root, out);
  const next = scratch.next;
  // A merge copies every file anew: a recycled site's files that no shard has would survive it.
  rmSync(next, { recursive: true, force: true });
  mkdirSync(next, { recursive: true });
  const refuse = (message: string): MergeResult => {
    rmSync(next, { recursive: true, force: true });
    return { ok: false, message };
  };

  const owner = new Map<string, string>();
  const clashes: string[] = [];
  let copied = 0;
  for (const shard of shards) {
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
  if (clashes.length)
    return refuse(`Shards disagree (built from different content or code?):\n  ${clashes.slice(0, 20).join('\n  ')}`);

  // Each shard indexed its own stories (in buckets): the first shard's index is the site's, the others
  // sit beside it and the search page merges them all (Pagefind's mergeIndex), so no run ever indexes
  // the whole archive.
  const bundles: string[] = [];
  let indexed = 0;
  for (const [i, shard] of shards.entries()) {
    const from = join(shard, 'pagefind');
    if (!existsSync(join(from, 'pagefind-entry.json')))
      return refuse(`${shard} has no search index: build it again with npm run build`);
    const prefix = i === 0 ? '/pagefind/' : `/pagefind/shard-${i + 1}/`;
    cpSync(from, join(next, prefix), { recursive: true });
    const own = [prefix, ...readBundleList(shard).map((b) => b.replace(/^\/pagefind\//, prefix))];
    bundles.push(...own.filter((b) => b !== '/pagefind/'));
    indexed += own.reduce((n, b) => n + bundlePages(join(next, b)), 0);
  }
  writeBundleList(next, bundles);
  await scratch.removeOldSites();
  scratch.publish();
  return {
    ok: true,
    message: `Merged ${shards.length} shards: ${copied} files, ${indexed} pages in ${bundles.length + 1} search indexes, into ${out}`,
  };
}
