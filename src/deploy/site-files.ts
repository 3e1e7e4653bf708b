import { createHash } from 'node:crypto';
import { readdir, readFile, realpath } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { inPool } from './pool.ts';

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

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((e) => (e.isDirectory() ? walk(join(dir, e.name)) : Promise.resolve(e.isFile() ? [join(dir, e.name)] : []))),
  );
  return nested.flat();
}

/** Every file of the built site with its size and hash, sorted by path. `dist` may be the build's link. */
export const readSite = (dist: string) => readTree(dist, (path) => !HOST_FILES.has(path));

/** Every file under `dir` that `keep` keeps (by its path under `dir`), with its size and hash, sorted by path. */
export async function readTree(dir: string, keep: (path: string) => boolean = () => true): Promise<SiteFile[]> {
  const root = await realpath(dir);
  const files = (await walk(root)).filter((f) => keep(relative(root, f).split(sep).join('/')));
  const out: SiteFile[] = [];
  await inPool(files, 16, async (file) => {
    const bytes = await readFile(file);
    out.push({
      path: relative(root, file).split(sep).join('/'),
      file,
      size: bytes.length,
      md5: createHash('md5').update(bytes).digest('hex'),
    });
  });
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
