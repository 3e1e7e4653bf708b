import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { checkAuthors } from '../check/authors.ts';
import { readContentFiles } from '../check/files.ts';
import { contentDir } from '../model/paths.ts';
import { watchContent } from './watch-content.ts';

/**
 * Loads `content/authors/*.yaml` through the checker's own author check, so Astro's schema never
 * sees a file the checker refused: a bad author file stops the build with the checker's problems,
 * all of them at once, through the story loader's check (which reads the authors too), never with
 * Astro's first error. This loader keeps the good authors and says nothing itself.
 */
export function authorLoader(): Loader {
  const loader: Loader = {
    name: 'broadsheet-authors',
    load: async (context) => {
      const { store, parseData, generateDigest, config } = context;
      const root = fileURLToPath(config.root);
      const files = await readContentFiles(root, `${contentDir()}/authors`, ['.yaml', '.yml']);
      const { authors } = await checkAuthors(files, resolve(root, contentDir()));
      store.clear();
      for (const source of files) {
        const author = authors.get(source.name);
        if (!author) continue;
        const data = await parseData({ id: source.name, data: { ...author }, filePath: source.absPath });
        store.set({ id: source.name, data, filePath: source.file, digest: generateDigest(source.text) });
      }
      watchContent(context, 'authors', () => loader.load(context));
    },
  };
  return loader;
}
