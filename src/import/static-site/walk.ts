import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** What one folder holds: file and folder names, sorted. */
export interface FolderEntries {
  files: string[];
  folders: string[];
}

/** Chooses, in the folder at `path`, which files to yield and which folders to go into. */
export type Choose = (path: string, entries: FolderEntries) => FolderEntries;

const everything: Choose = (_path, entries) => entries;

/**
 * The files under `root`, one at a time, as `/`-separated paths relative to it, in a stable order
 * (names sorted, a folder's files before its sub-folders). Only one folder listing is held at a
 * time per level, so an archive of any size is walked in little memory. Hidden entries are skipped.
 */
export function* walkFiles(root: string, choose: Choose = everything, path = ''): Generator<string> {
  const dir = path ? join(root, path) : root;
  if (!existsSync(dir)) return;
  const files: string[] = [];
  const folders: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    if (entry.isDirectory()) folders.push(entry.name);
    else if (entry.isFile() || entry.isSymbolicLink()) files.push(entry.name);
  }
  const chosen = choose(path, { files: files.sort(byName), folders: folders.sort(byName) });
  for (const name of chosen.files) yield path ? `${path}/${name}` : name;
  for (const name of chosen.folders) yield* walkFiles(root, choose, path ? `${path}/${name}` : name);
}

/** Code-point order: the same on every machine, whatever its locale. */
const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
