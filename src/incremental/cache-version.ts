import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { codeVersion } from './code-version.ts';
import { CACHES, type CacheName } from './registry.ts';

const read = (path: string) => {
  try {
    return readFileSync(path);
  } catch {
    return 'missing';
  }
};

/** A package's installed version, from its package.json under `root`. */
function packageVersion(root: string, name: string): string {
  try {
    const manifest = JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version?: string };
    return manifest.version ?? 'unknown';
  } catch {
    return 'missing';
  }
}

/**
 * How keys are made is not what a cache holds, and producers import it to make their keys: left out,
 * so editing a description in the registry invalidates nothing. A change that matters (a producer,
 * a package) changes the versions through what they cover.
 */
const KEY_CODE = ['src/incremental/cache-version.ts', 'src/incremental/code-version.ts', 'src/incremental/registry.ts'];

function computeVersion(name: CacheName, root: string): string {
  const cache = CACHES[name];
  const hash = createHash('sha256').update(`${name}\n${codeVersion(root, cache.producers, KEY_CODE, cache.bookkeeping)}\n`);
  if (cache.packages === 'lockfile') hash.update(read(join(root, 'package-lock.json')));
  else for (const p of cache.packages) hash.update(`${p}@${packageVersion(root, p)}\n`);
  if (cache.node) hash.update(`node ${process.version}\n`);
  for (const embedded of cache.embeds ?? []) hash.update(`${embedded} ${computeVersion(embedded, root)}\n`);
  return hash.digest('hex').slice(0, 16);
}

const versions = new Map<string, string>();

/**
 * The version of a cache's code: its producers' module graph, the packages and Node as declared in
 * the registry, and the versions of the caches it embeds. Part of every key of that cache, so
 * changing that code invalidates its entries and nothing else. Read once per process (a build does
 * not change its code midway); `fresh` reads the files again.
 */
export function cacheVersion(name: CacheName, root = process.cwd(), { fresh = false } = {}): string {
  const memo = `${root}\0${name}`;
  let version = fresh ? undefined : versions.get(memo);
  if (!version) {
    version = computeVersion(name, root);
    versions.set(memo, version);
  }
  return version;
}

/** Where a cache of the build's cache folder lives, its first name in the registry. */
export function cachePath(name: Exclude<CacheName, 'photos'>, cacheDir: string): string {
  return join(cacheDir, CACHES[name].names[0]!);
}
