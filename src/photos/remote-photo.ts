import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { cachePath, cacheVersion } from '../incremental/cache-version.ts';
import { photoCacheDir } from './cache-dir.ts';
import { limiter } from './limit.ts';

/** The most a remote photo may weigh: the same as a photo file in the content folder. */
export const MAX_REMOTE_BYTES = 50 * 1024 * 1024;
/** How long one fetch may take, headers and body together. */
export const REMOTE_TIMEOUT_MS = 30_000;
/** Fetches at once, whatever the number of stories checked in parallel. */
const CONCURRENCY = 4;

/**
 * A photo given by address: https anywhere; plain http only from this machine (a local proxy or a
 * test server), since anything else could be altered on its way.
 */
export const isRemotePhoto = (src: string) =>
  /^https:\/\//i.test(src) || /^http:\/\/(?:127\.0\.0\.1|localhost|\[::1\])[:/]/i.test(src);

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

/** The file name derivatives are named after: the last part of the address, tamed. */
function fileName(url: string): string {
  const last = new URL(url).pathname.split('/').pop() ?? '';
  const name = decodeURIComponent(last)
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
  return name || 'photo';
}

/**
 * Where the photo at `url` is kept once fetched: a folder named by the address (and the `remote-photos`
 * cache version), so the same address is fetched once for every story and every build.
 */
export function remotePhotoPath(url: string, cacheDir = photoCacheDir()): string {
  const key = sha256(`${cacheVersion('remote-photos')}\n${url}`).slice(0, 24);
  return join(cachePath('remote-photos', cacheDir), key, fileName(url));
}

/** A fetched photo's record beside it: the bytes' hash is checked before the file is used again. */
interface Record {
  url: string;
  sha256: string;
  bytes: number;
}
const recordPath = (path: string) => join(dirname(path), 'source.json');

export type RemoteResult = { ok: true; path: string } | { ok: false; detail: string };

const run = limiter(CONCURRENCY);
const fetched = new Map<string, Promise<RemoteResult>>();

/**
 * The photo at `url` as a local file: the cached copy when its bytes still match their recorded hash,
 * else fetched once (per process) with a timeout and a byte cap. Never throws: a failure is a reason.
 */
export function fetchRemotePhoto(url: string, cacheDir = photoCacheDir()): Promise<RemoteResult> {
  const path = remotePhotoPath(url, cacheDir);
  let result = fetched.get(path);
  if (!result) {
    result = cached(path).then((hit) => (hit ? { ok: true as const, path } : run(() => download(url, path))));
    fetched.set(path, result);
  }
  return result;
}

async function cached(path: string): Promise<boolean> {
  try {
    const [bytes, record] = await Promise.all([readFile(path), readFile(recordPath(path), 'utf8')]);
    return sha256(bytes) === (JSON.parse(record) as Record).sha256;
  } catch {
    return false;
  }
}

async function download(url: string, path: string): Promise<RemoteResult> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(REMOTE_TIMEOUT_MS), redirect: 'follow' });
    if (!response.ok) return { ok: false, detail: `the server answered ${response.status} ${response.statusText}`.trim() };
    const type = response.headers.get('content-type')?.split(';')[0]?.trim() ?? 'nothing';
    if (!type.startsWith('image/')) return { ok: false, detail: `the address serves ${type}, not a photo` };
    const bytes = await readCapped(response);
    if (!bytes) return { ok: false, detail: `the photo is over ${MAX_REMOTE_BYTES / 1024 / 1024} MB` };
    await mkdir(dirname(path), { recursive: true });
    const record: Record = { url, sha256: sha256(bytes), bytes: bytes.length };
    // Written under temporary names and renamed, so a reader never sees half a photo.
    await writeFile(`${path}.${process.pid}`, bytes);
    await rename(`${path}.${process.pid}`, path);
    await writeFile(`${recordPath(path)}.${process.pid}`, JSON.stringify(record));
    await rename(`${recordPath(path)}.${process.pid}`, recordPath(path));
    return { ok: true, path };
  } catch (error) {
    const e = error as Error;
    if (e.name === 'TimeoutError') return { ok: false, detail: `no answer within ${REMOTE_TIMEOUT_MS / 1000} s` };
    const cause = (e.cause as Error | undefined)?.message;
    return { ok: false, detail: cause ? `${e.message}: ${cause}` : e.message };
  }
}

/** The body, or undefined as soon as it passes the cap: a lying or missing length is not trusted. */
async function readCapped(response: Response): Promise<Buffer | undefined> {
  if (Number(response.headers.get('content-length') ?? 0) > MAX_REMOTE_BYTES) {
    await response.body?.cancel();
    return undefined;
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of response.body ?? []) {
    total += chunk.length;
    // Leaving the loop cancels the download.
    if (total > MAX_REMOTE_BYTES) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** The file a story's photo is read from: its cached copy when given by address, else relative to the story. */
export function photoSourcePath(storyPath: string, src: string): string {
  return isRemotePhoto(src) ? remotePhotoPath(src) : resolve(dirname(storyPath), src);
}
