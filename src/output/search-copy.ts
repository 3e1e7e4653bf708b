/**
 * Copies between the search cache and the site (search-index.ts): copies, never links, and a file of
 * the recycled site (publish/scratch.ts) is kept where it holds the same bytes, else removed first.
 */
import { constants, copyFileSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { filesUnder } from '../incremental/files-under.ts';

/**
 * Copies one file from the cache into the site: never a hard link, or whatever edited the published
 * file in place would edit the cache too (a clone where the file system can, sharing no bytes on write).
 * `made` holds the folders made so far: a bucket's 600 fragments share one, and asking again costs.
 */
export function copyInto(from: string, to: string, made: Set<string>): void {
  const folder = dirname(to);
  if (!made.has(folder)) mkdirSync(folder, { recursive: true });
  made.add(folder);
  copyFileSync(from, to, constants.COPYFILE_FICLONE);
}

/**
 * Copies `from`'s files into `to`, those under top-level names `keep` accepts. A file `old` lists (the
 * recycled site's, publish/scratch.ts) that holds the same bytes stays; one that differs is removed
 * first, never rewritten in place. Each file it keeps or writes is taken off `old`.
 */
export function copyTree(from: string, to: string, keep: (top: string) => boolean, old: Set<string>): void {
  const made = new Set<string>();
  for (const file of filesUnder(from)) {
    if (!keep(file.split('/')[0]!)) continue;
    const target = join(to, file);
    if (old.delete(target)) {
      if (readFileSync(target).equals(readFileSync(join(from, file)))) continue;
      rmSync(target, { force: true });
    }
    copyInto(join(from, file), target, made);
  }
}

/** The files of `dir`, as paths beginning with `dir`, when it exists. */
export const filesIn = (dir: string) => filesUnder(dir).map((f) => join(dir, f));
