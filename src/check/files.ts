import { dirname, relative, resolve, sep } from 'node:path';
import { limiter } from '../photos/limit.ts';
import { AUTHOR_FILES, listFiles, readBounded, STORY_FILES } from './file-listing.ts';
import { problem, type Problem } from './problems.ts';

/** Files read at once; far below the usual limit of 1,024 open files. */
export const FILE_CONCURRENCY = 64;

export interface ContentFile {
  /** Path relative to the project root with forward slashes, as shown to editors. */
  file: string;
  absPath: string;
  /** File name without extension: the article or author id. */
  name: string;
  text: string;
  /** Set when the bytes are not valid UTF-8 (the text then holds replacement characters). */
  notUtf8: boolean;
  /** 1-based line holding the first byte that is not UTF-8, when `notUtf8`. */
  badByteLine?: number | undefined;
  /** Set when the file was saved as UTF-16 (Windows "Unicode"): nothing else in it can be read. */
  utf16?: boolean | undefined;
}

const strict = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads every file with one of `extensions` under `dir` (a folder of the content folder, which is its
 * parent), sorted so output and errors are stable. What cannot or must not be read is left out.
 */
export async function readContentFiles(root: string, dir: string, extensions: readonly string[]): Promise<ContentFile[]> {
  return (await listContentFiles(root, dir, extensions)).files;
}

/**
 * The files `readContentFiles` reads, and a problem for each it refused: anything named like a content
 * file that is not a plain file inside the content folder, one over its size limit (found before it
 * is read), or one whose name never reaches the site (`.MD`, `.markdown`).
 */
export async function listContentFiles(root: string, dir: string, extensions: readonly string[]) {
  const rules = extensions.includes('.md') ? STORY_FILES : AUTHOR_FILES;
  const folder = resolve(root, dir);
  const { listed, problems } = await listFiles(folder, dirname(folder), root, rules);
  listed.sort((a, b) => (a.entry < b.entry ? -1 : a.entry > b.entry ? 1 : 0));
  // Bounded: an archive of tens of thousands of stories would otherwise exhaust file handles.
  const run = limiter(FILE_CONCURRENCY);
  const read = await Promise.all(
    listed.map(({ entry, absPath, realPath }) =>
      run(async (): Promise<ContentFile | Problem> => {
        const file = relative(root, absPath).split(sep).join('/');
        const result = await readBounded(realPath, rules.maxBytes);
        if ('size' in result) {
          const values = { kb: Math.ceil(result.size / 1024), limit: rules.maxBytes >> 10, role: rules.role };
          return problem('FileTooLarge', { file }, values);
        }
        const base = entry.split(sep).at(-1) ?? entry;
        return { file, absPath, name: base.replace(/\.[^.]+$/, ''), ...decode(result.bytes) };
      }),
    ),
  );
  const files = read.filter((r): r is ContentFile => 'absPath' in r);
  return { files, problems: [...problems, ...read.filter((r): r is Problem => !('absPath' in r))] };
}

function decode(bytes: Buffer): Pick<ContentFile, 'text' | 'notUtf8' | 'badByteLine' | 'utf16'> {
  // UTF-16 starts with a byte-order mark, or at least has a zero byte in every other position.
  const bom16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (bom16 || bytes[0] === 0 || bytes[1] === 0) {
    return { text: '', notUtf8: true, utf16: true, badByteLine: 1 };
  }
  try {
    return { text: strict.decode(bytes), notUtf8: false };
  } catch {
    return { text: new TextDecoder('utf-8').decode(bytes), notUtf8: true, badByteLine: firstBadLine(bytes) };
  }
}

/** A newline byte never occurs inside a multi-byte UTF-8 sequence, so each line can be checked alone. */
function firstBadLine(bytes: Buffer): number {
  let start = 0;
  for (let line = 1; start <= bytes.length; line++) {
    const end = bytes.indexOf(0x0a, start);
    const stop = end < 0 ? bytes.length : end;
    try {
      strict.decode(bytes.subarray(start, stop));
    } catch {
      return line;
    }
    start = stop + 1;
  }
  return 1;
}
