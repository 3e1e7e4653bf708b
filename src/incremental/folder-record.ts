import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesUnder } from './files-under.ts';

/**
 * A cache entry made of many files (a search index) keeps a record of them inside its folder: each
 * file's path, length and sha256. The entry is reused only when its files are exactly those, so a
 * file cut short, changed, added or lost since it was made sends the entry to be made again.
 */
export const FOLDER_RECORD = 'record.sha256';

function listing(dir: string): string {
  const files = filesUnder(dir)
    .filter((f) => f !== FOLDER_RECORD)
    .sort();
  return files
    .map((f) => {
      const bytes = readFileSync(join(dir, f));
      return `${bytes.length} ${createHash('sha256').update(bytes).digest('hex')} ${f}\n`;
    })
    .join('');
}

/** Records the folder's files as they are now: call it once the entry is complete, before it is used. */
export const writeFolderRecord = (dir: string) => writeFileSync(join(dir, FOLDER_RECORD), listing(dir));

/** Whether the folder holds exactly the files its record lists, with the same bytes. */
export function isFolderWhole(dir: string): boolean {
  try {
    return readFileSync(join(dir, FOLDER_RECORD), 'utf8') === listing(dir);
  } catch {
    return false;
  }
}

/**
 * The files of `copy` (a recycled site's copy of the entry `dir`) when they hold exactly the bytes
 * the entry's record lists for the files `keep` accepts; else undefined. The entry's own files are
 * not read: a rebuild at 20,000 stories kept 21,000 search files this way instead of reading each
 * twice more (whole, then compared).
 */
export function copyMatchingRecord(dir: string, copy: string, keep: (path: string) => boolean): string[] | undefined {
  let record: string;
  try {
    record = readFileSync(join(dir, FOLDER_RECORD), 'utf8');
  } catch {
    return undefined;
  }
  const files: string[] = [];
  for (const line of record.split('\n')) {
    // `<length> <sha256> <path>`, the path last: it may hold spaces.
    const at = line.indexOf(' ', line.indexOf(' ') + 1);
    const path = at < 0 ? '' : line.slice(at + 1);
    if (!path || !keep(path)) continue;
    try {
      const bytes = readFileSync(join(copy, path));
      if (`${bytes.length} ${createHash('sha256').update(bytes).digest('hex')}` !== line.slice(0, at)) return undefined;
    } catch {
      return undefined;
    }
    files.push(join(copy, path));
  }
  return files.length ? files : undefined;
}
