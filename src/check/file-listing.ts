import type { Dirent } from 'node:fs';
import { constants } from 'node:fs';
import { open, readdir, realpath, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { FileRole } from './catalogue/file.ts';
import { problem, type Problem } from './problems.ts';
import { MAX_STORY_FILE_BYTES, MAX_YAML_BYTES } from './text-hygiene.ts';

/** What a folder of content holds: its file name endings, the near misses editors make, the size limit. */
export interface FileRules {
  extensions: readonly string[];
  /** Names an editor meant as such a file that the site would never read (`.MD`, `.markdown`). */
  nearMiss: RegExp;
  maxBytes: number;
  role: FileRole;
}

export const STORY_FILES: FileRules = {
  extensions: ['.md'],
  nearMiss: /\.(?:md|markdown|mdown|mkdn?|mdwn|mdx|md\.txt)$/i,
  maxBytes: MAX_STORY_FILE_BYTES,
  role: 'a story file',
};
export const AUTHOR_FILES: FileRules = {
  extensions: ['.yaml', '.yml'],
  nearMiss: /\.(?:ya?ml|ya?ml\.txt)$/i,
  maxBytes: MAX_YAML_BYTES,
  role: 'an author file',
};

/** A file to read: a regular file inside the content folder, no larger than its limit. */
export interface Listed {
  entry: string;
  absPath: string;
  /** Where the bytes are: the file itself, or the file a link inside the content folder points at. */
  realPath: string;
}

const TYPES: [keyof Dirent & `is${string}`, string][] = [
  ['isDirectory', 'a folder'],
  ['isFIFO', 'a named pipe (FIFO)'],
  ['isCharacterDevice', 'a device'],
  ['isBlockDevice', 'a device'],
  ['isSocket', 'a socket'],
];
const what = (d: Pick<Dirent, (typeof TYPES)[number][0]>) => TYPES.find(([test]) => d[test]())?.[1] ?? 'not a plain file';

/**
 * Every entry of `dir` whose name ends like one of its files: plain files to read, and a problem for
 * anything else so named (a folder, a pipe, a device, a link out of `contentRoot`, a file over its
 * limit), or named like one by mistake. Nothing is opened that could block or never end.
 */
export async function listFiles(dir: string, contentRoot: string, projectRoot: string, rules: FileRules) {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { recursive: true, withFileTypes: true });
  } catch {
    return { listed: [], problems: [] };
  }
  const inside = await realpath(contentRoot).catch(() => contentRoot);
  const listed: Listed[] = [];
  const problems: Problem[] = [];
  for (const d of entries) {
    const absPath = join(d.parentPath, d.name);
    const file = relative(projectRoot, absPath).split(sep).join('/');
    if (!rules.extensions.some((ext) => d.name.endsWith(ext))) {
      const ending = rules.nearMiss.exec(d.name)?.[0];
      if (ending && !d.isDirectory()) problems.push(problem('UnpublishedExtension', { file }, { ending, role: rules.role }));
      continue;
    }
    let realPath = absPath;
    if (d.isSymbolicLink()) {
      realPath = await realpath(absPath).catch(() => '');
      if (!realPath) {
        problems.push(problem('NotAFile', { file }, { what: 'a link to nothing', role: rules.role }));
        continue;
      }
      if (realPath !== inside && !realPath.startsWith(inside + sep)) {
        problems.push(problem('LinkOutsideContent', { file }, { target: realPath }));
        continue;
      }
    }
    const s = d.isSymbolicLink() ? await stat(realPath) : d;
    if (!s.isFile()) problems.push(problem('NotAFile', { file }, { what: what(s), role: rules.role }));
    else listed.push({ entry: relative(dir, absPath), absPath, realPath });
  }
  return { listed, problems };
}

/**
 * The file's bytes, or its size when over `maxBytes`: never more than `maxBytes + 1` are read, even if
 * the file grows meanwhile. Opened without blocking, and checked again once open, in case it was
 * swapped for a pipe or a device after it was listed.
 */
export async function readBounded(path: string, maxBytes: number): Promise<{ bytes: Buffer } | { size: number }> {
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const s = await handle.stat();
    if (!s.isFile()) return { size: Number.POSITIVE_INFINITY };
    if (s.size > maxBytes) return { size: s.size };
    // One byte more than the file had: a file that grew while it was read is read again.
    const buffer = Buffer.alloc(s.size + 1);
    let length = 0;
    for (let n = -1; n !== 0 && length < buffer.length; length += n)
      ({ bytesRead: n } = await handle.read(buffer, length, buffer.length - length, length));
    if (length > s.size) return readBounded(path, maxBytes);
    return { bytes: buffer.subarray(0, length) };
  } finally {
    await handle.close();
  }
}
