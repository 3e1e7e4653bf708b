import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { realpath } from 'node:fs/promises';
import { join } from 'node:path';
import { filesUnder } from '../incremental/files-under.ts';
import { setImmediate as turn } from 'node:timers/promises';

/** One file of the built site, named by its path under `dist/` with `/` between folders. */
export interface SiteFile {
  /** `city/ferry-timetable/index.html` */
  path: string;
  file: string;
  size: number;
  /** MD5 of the bytes, in hex: what S3, R2, B2 and MinIO give as the ETag of an object put in one piece. */
  md5: string;
}

/**
 * Files a build writes for other hosts' servers, not for readers: Netlify's and Cloudflare's
 * `_headers` and `_redirects`, nginx's `_redirects.nginx`. A bucket would serve them to anyone.
 */
const HOST_FILES = new Set(['_headers', '_redirects', '_redirects.nginx']);

/** Files read between two turns of the event loop, so a listing or upload beside the read keeps moving. */
const BATCH = 256;

/** Every file of the built site with its size and hash, sorted by path. `dist` may be the build's link. */
export const readSite = (dist: string) => readTree(dist, (path) => !HOST_FILES.has(path));

/** Every file under `dir` that `keep` keeps (by its path under `dir`), with its size and hash, sorted by path. */
export async function readTree(dir: string, keep: (path: string) => boolean = () => true): Promise<SiteFile[]> {
  const root = await realpath(dir);
  const files = filesUnder(root).filter(keep);
  const out: SiteFile[] = [];
  // Read synchronously: promise-based reads of tens of thousands of small files took twice as long
  // (73,208 files of the 20,000-story bench site: 6.2–8.6 s, against 3.8–4.0 s).
  for (const [i, path] of files.entries()) {
    if (i % BATCH === BATCH - 1) await turn();
    const bytes = readFileSync(join(root, path));
    out.push({
      path,
      file: join(root, path),
      size: bytes.length,
      md5: createHash('md5').update(bytes).digest('hex'),
    });
  }
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
