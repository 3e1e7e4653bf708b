import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { limiter } from '../photos/limit.ts';

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

/** Reads every file with one of `extensions` under `dir`, sorted so output and errors are stable. */
export async function readContentFiles(root: string, dir: string, extensions: readonly string[]): Promise<ContentFile[]> {
  let entries: string[];
  try {
    entries = await readdir(resolve(root, dir), { recursive: true });
  } catch {
    return [];
  }
  const matches = entries.filter((e) => extensions.some((ext) => e.endsWith(ext))).sort();
  // Bounded: an archive of tens of thousands of stories would otherwise exhaust file handles.
  const run = limiter(FILE_CONCURRENCY);
  return Promise.all(
    matches.map((entry) =>
      run(async () => {
        const absPath = join(resolve(root, dir), entry);
        const base = entry.split(sep).at(-1) ?? entry;
        return {
          file: relative(root, absPath).split(sep).join('/'),
          absPath,
          name: base.replace(/\.[^.]+$/, ''),
          ...decode(await readFile(absPath)),
        };
      }),
    ),
  );
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
