import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * A cache entry made of many files (a search index) keeps a record of them inside its folder: each
 * file's path, length and sha256. The entry is reused only when its files are exactly those, so a
 * file cut short, changed, added or lost since it was made sends the entry to be made again.
 */
export const FOLDER_RECORD = 'record.sha256';

function listing(dir: string): string {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
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
