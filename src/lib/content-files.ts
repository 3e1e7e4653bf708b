import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';

export interface ContentFile {
  /** Path relative to the project root with forward slashes, as shown to editors. */
  file: string;
  absPath: string;
  /** File name without extension: the article or author id. */
  name: string;
  text: string;
  /** Set when the bytes are not valid UTF-8 (the text then holds replacement characters). */
  notUtf8: boolean;
}

/** Reads every file with one of `extensions` under `dir`, sorted so output and errors are stable. */
export async function readContentFiles(root: string, dir: string, extensions: readonly string[]): Promise<ContentFile[]> {
  let entries: string[];
  try {
    entries = await readdir(resolve(root, dir), { recursive: true });
  } catch {
    return [];
  }
  const matches = entries.filter((e) => extensions.some((ext) => e.endsWith(ext))).sort();
  const decoder = new TextDecoder('utf-8', { fatal: true });
  return Promise.all(
    matches.map(async (entry) => {
      const absPath = join(resolve(root, dir), entry);
      const bytes = await readFile(absPath);
      let text: string;
      let notUtf8 = false;
      try {
        text = decoder.decode(bytes);
      } catch {
        text = new TextDecoder('utf-8').decode(bytes);
        notUtf8 = true;
      }
      const base = entry.split(sep).at(-1) ?? entry;
      return {
        file: relative(root, absPath).split(sep).join('/'),
        absPath,
        name: base.replace(/\.[^.]+$/, ''),
        text,
        notUtf8,
      };
    }),
  );
}
