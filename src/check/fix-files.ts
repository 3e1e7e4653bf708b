import { writeFile } from 'node:fs/promises';
import { contentDir } from '../model/paths.ts';
import { readContentFiles } from './files.ts';
import { type Fix, fixSource } from './fix.ts';

/** One change `npm run check -- --fix` wrote, with the file it changed. */
export type FileFix = Fix & { file: string };

/**
 * `npm run check -- --fix`: makes the safe fixes (see fix.ts) in every story and author file under
 * `root`'s content folder, writes the files that changed and says what it changed.
 */
export async function fixContentFiles(root: string, timeZone: string): Promise<FileFix[]> {
  const dir = contentDir();
  const [stories, authors] = await Promise.all([
    readContentFiles(root, `${dir}/articles`, ['.md']),
    readContentFiles(root, `${dir}/authors`, ['.yaml', '.yml']),
  ]);
  const files = [...stories.map((f) => ({ f, kind: 'article' as const })), ...authors.map((f) => ({ f, kind: 'yaml' as const }))];
  const changes = await Promise.all(
    // A file that is not UTF-8 would be rewritten with replacement characters: leave it to its error.
    files.map(async ({ f, kind }) => {
      if (f.notUtf8) return [];
      const result = fixSource(f.text, kind, timeZone);
      if (result.text === f.text) return [];
      await writeFile(f.absPath, result.text);
      return result.fixes.map((fix) => ({ file: f.file, ...fix }));
    }),
  );
  return changes.flat();
}
