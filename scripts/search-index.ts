/**
 * Pagefind indexes the built pages for `/search/`. Only story pages carry `data-pagefind-body`,
 * so listings and the front page never crowd out the stories themselves.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

/** Where the search page finds the other indexes to merge into the first: one per shard of a sharded build. */
export const BUNDLE_LIST = 'pagefind/bundles.json';

/** Writes the index into `<site>/pagefind/`; returns the problems, or the number of pages indexed. */
export async function indexSite(site: string): Promise<{ errors: string[]; pages: number }> {
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) return { errors, pages: 0 };
    const added = await index.addDirectory({ path: site });
    const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
    writeBundleList(site, []);
    return { errors: [...errors, ...added.errors, ...written.errors], pages: added.page_count };
  } finally {
    await pagefind.close();
  }
}

/** Lists the extra indexes (site paths ending in `/`) the search page merges into `/pagefind/`. */
export const writeBundleList = (site: string, bundles: string[]) =>
  writeFileSync(join(site, BUNDLE_LIST), `${JSON.stringify(bundles)}\n`);

/** Pages in the index at `bundle` (a `pagefind/` folder), from its entry file. */
export function bundlePages(bundle: string): number {
  const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
}
