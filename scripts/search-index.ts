/**
 * Pagefind indexes the built pages for `/search/`. Only story pages carry `data-pagefind-body`,
 * so listings and the front page never crowd out the stories themselves.
 */
import { join } from 'node:path';
import * as pagefind from 'pagefind';

/** Writes the index into `<site>/pagefind/`; returns the problems, or the number of pages indexed. */
export async function indexSite(site: string): Promise<{ errors: string[]; pages: number }> {
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) return { errors, pages: 0 };
    const added = await index.addDirectory({ path: site });
    const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
    return { errors: [...errors, ...added.errors, ...written.errors], pages: added.page_count };
  } finally {
    await pagefind.close();
  }
}
