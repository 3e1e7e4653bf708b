import type { AstroIntegration } from 'astro';

/** The message Astro's process sends `npm run build` once every page is in the output folder. */
export const PAGES_DONE = 'broadsheet:pages-done';

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
      'astro:build:done': () => {
        process.send?.(PAGES_DONE);
      },
    },
  };
}
