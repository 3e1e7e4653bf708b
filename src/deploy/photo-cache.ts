import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { GetObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { deletePaths, listUnder, putFile } from './bucket.ts';
import type { DeployTarget } from './config.ts';
import { OWN_KEYS } from './manifest.ts';
import { inPool } from './pool.ts';
import { readTree } from './site-files.ts';

/**
 * The encoded-photo cache (`.broadsheet/images/`) kept in the bucket beside the site, under
 * `<prefix>.broadsheet/photo-cache/`, so a fresh runner fetches the derivatives it lacks instead of
 * encoding every photo again. Its keys are never the site's: a deploy neither lists nor deletes them.
 * Nothing here is trusted more than a local cache is: every derivative is reused only when it matches
 * the length and sha256 of its record (src/incremental/README.md), else it is encoded again.
 */
export const photoCachePrefix = (target: DeployTarget) => `${target.prefix}${OWN_KEYS}/photo-cache/`;

/** A file under a temporary name, half written by a build running now: `x.avif.123-4.tmp`, `record.json.123`. */
const TEMPORARY = /\.tmp$|\.\d+$/;
/** The records that vouch for the files beside them: written after those files, as the cache itself does. */
const RECORD = /(?:\.sha256|(?:^|\/)(?:record|source)\.json)$/;

export interface CacheTransfer {
  files: string[];
  bytes: number;
  unchanged: number;
  /** Derivatives (and their records) taken out of the bucket's cache: no page of the site shows them. */
  removed: string[];
}

/**
 * A derivative of the cache's top folder (`ferry-1a2b3c-640.avif`) or its record, by the file it names.
 * The rest (`remote/`, `embeds/`, `last-build.json`) is not a derivative.
 */
const derivativeOf = (path: string): string | undefined =>
  path.includes('/') || !/\.(?:avif|webp|jpg)(?:\.sha256)?$/.test(path) ? undefined : path.replace(/\.sha256$/, '');

/** Whether the bucket should hold `path`: every derivative a page of the site shows, and all the rest. */
const wanted = (shown: ReadonlySet<string> | undefined) => (path: string) => {
  const file = derivativeOf(path);
  return !shown || file === undefined || shown.has(file);
};

/** Moves `files` (up or down), records last: a cache moved halfway never has a record without its file. */
async function recordsLast<T extends { path: string }>(files: T[], concurrency: number, move: (f: T) => Promise<unknown>) {
  await inPool(
    files.filter((f) => !RECORD.test(f.path)),
    concurrency,
    move,
  );
  await inPool(
    files.filter((f) => RECORD.test(f.path)),
    concurrency,
    move,
  );
}

/**
 * Uploads the files of the local cache the bucket lacks or holds with other bytes. With `shown` (the
 * file names under the deployed site's `/_media/`), only the derivatives the site shows are kept in
 * the bucket, the others deleted, records first: every change of the photo pipeline's code renames
 * every derivative, and a fresh runner would otherwise download each generation of them.
 */
export async function savePhotoCache(
  client: S3Client,
  target: DeployTarget,
  dir: string,
  concurrency = 8,
  shown?: ReadonlySet<string>,
): Promise<CacheTransfer> {
  const prefix = photoCachePrefix(target);
  const keep = wanted(shown);
  const [local, remote] = await Promise.all([
    readTree(dir, (p) => !TEMPORARY.test(p) && keep(p)),
    listUnder(client, target.bucket, prefix),
  ]);
  const there = new Map(remote.map((r) => [r.path, r]));
  const missing = local.filter((f) => there.get(f.path)?.etag !== f.md5);
  // The deploy's own upload, under the cache's prefix: no reader ever asks for these objects.
  const cacheTarget = { ...target, prefix };
  const put = (f: (typeof local)[number]) =>
    putFile(client, cacheTarget, { ...f, type: 'application/octet-stream', cache: 'no-store' });
  await recordsLast(missing, concurrency, put);
  const removed = remote.map((r) => r.path).filter((p) => !keep(p) && !TEMPORARY.test(p));
  await deletePaths(
    client,
    cacheTarget,
    removed.filter((p) => p.endsWith('.sha256')),
  );
  await deletePaths(
    client,
    cacheTarget,
    removed.filter((p) => !p.endsWith('.sha256')),
  );
  return {
    files: missing.map((f) => f.path),
    bytes: missing.reduce((n, f) => n + f.size, 0),
    unchanged: local.length - missing.length,
    removed,
  };
}

/** Downloads the files of the bucket's cache the local one lacks or holds with other bytes, records last. */
export async function restorePhotoCache(
  client: S3Client,
  target: DeployTarget,
  dir: string,
  concurrency = 8,
): Promise<CacheTransfer> {
  const prefix = photoCachePrefix(target);
  await mkdir(dir, { recursive: true });
  const [local, remote] = await Promise.all([readTree(dir), listUnder(client, target.bucket, prefix)]);
  const here = new Map(local.map((f) => [f.path, f.md5]));
  const missing = remote.filter((r) => here.get(r.path) !== r.etag && !TEMPORARY.test(r.path));
  const get = async (r: (typeof remote)[number]) => {
    const got = await client.send(new GetObjectCommand({ Bucket: target.bucket, Key: prefix + r.path }));
    const file = join(dir, r.path);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(`${file}.${process.pid}.tmp`, await got.Body!.transformToByteArray());
    await rename(`${file}.${process.pid}.tmp`, file);
  };
  await recordsLast(missing, concurrency, get);
  return {
    files: missing.map((r) => r.path),
    bytes: missing.reduce((n, r) => n + r.size, 0),
    unchanged: remote.length - missing.length,
    removed: [],
  };
}
