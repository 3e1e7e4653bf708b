import type { AstroIntegration } from 'astro';
import { writtenSums } from '../incremental/reuse-pages.ts';

/** The message Astro's process sends `npm run build` once every page is in the output folder. */
export const PAGES_DONE = 'broadsheet:pages-done';

export interface PagesDone {
  kind: typeof PAGES_DONE;
  /**
   * The sha256 of every page, by its path in the site: kept pages' verified sums, written pages' read
   * back. The search index reads only pages it has no sum for (output/search-pages.ts).
   */
  sums: Record<string, string>;
}

export const isPagesDone = (message: unknown): message is PagesDone =>
  typeof message === 'object' && message !== null && (message as PagesDone).kind === PAGES_DONE;

/**
 * Tells the build script (build-site.ts, over the IPC channel it opens) that the pages are written,
 * so it indexes them for search while the photos are still being encoded, on the other core. Listed
 * after `reusePages`, whose `astro:build:done` removes the pages a story deleted since the last
 * build, and before the photos, whose hook encodes: Astro runs the hooks one after another.
 */
export function announcePagesDone(): AstroIntegration {
  return {
    name: 'broadsheet-pages-done',
    hooks: {
      'astro:build:done': ({ pages }) => {
        if (!process.send) return;
        const sums = Object.entries(writtenSums(pages.map((p) => p.pathname)));
        process.send({ kind: PAGES_DONE, sums: Object.fromEntries(sums.map(([file, sum]) => [file, sum.sha256])) });
      },
    },
  };
}
