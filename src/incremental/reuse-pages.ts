import { existsSync, linkSync, mkdirSync, readdirSync, rmdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { processSlot } from './process-slot.ts';

/**
 * Astro's incremental build copies every unchanged page from its cache (`<cacheDir>/dist/`) into the
 * output folder: 8,000 copies, about 2 s, for a 5,000-story site. It takes a page already in the
 * output folder as it is, so `npm run build`, whose output folder is its own (never the published
 * site), has the cached pages hard-linked there first. Two rules keep a link from ever changing a
 * published page (the live site shares these files): a page about to render is unlinked first, in
 * the output and in Astro's cache, which Astro rewrites in place; a linked page this build did not
 * make is removed, and so is its folder once empty.
 */
interface State {
  outDir: string;
  cached: string;
  /** Output paths (`politics/story-1/index.html`) linked before the build and not rendered since. */
  linked: Set<string>;
  /** Folders of a recycled site that lost files, to remove if nothing is left in them. */
  emptied: Set<string>;
}

// Set by the integration, read by the middleware bundled with the pages.
const current = processSlot<State>('reuse-pages');

/** `/politics/story-1/` or `politics/story-1/` (Astro's page names) → `politics/story-1/index.html`. */
export const pageFile = (pathname: string) => {
  const trimmed = pathname.replace(/^\/+|\/+$/g, '');
  return trimmed ? `${trimmed}/index.html` : 'index.html';
};

/** Which file this is: inode numbers repeat across file systems, so with the device. */
const identity = (path: string) => {
  const { dev, ino } = statSync(path);
  return `${dev}:${ino}`;
};

/** Every `.html` file below `dir`, relative to it, with its identity. */
function pagesIn(dir: string): Map<string, string> {
  const pages = new Map<string, string>();
  try {
    for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
      const path = join(entry.parentPath, entry.name);
      if (entry.isFile() && entry.name.endsWith('.html')) pages.set(relative(dir, path), identity(path));
    }
  } catch {
    // no such folder: a first build
  }
  return pages;
}

/**
 * Links every page Astro's cache holds into `outDir`. `outDir` may hold the site of two builds ago
 * (scripts/build.ts recycles it: making 8,000 folders costs 0.8 s): its pages that already are the
 * cached ones stay, every other file goes.
 */
export function linkCachedPages(cacheDir: string, outDir: string): { linked: number; kept: number } {
  const cached = join(cacheDir, 'dist');
  const state: State = { outDir, cached, linked: new Set(), emptied: new Set() };
  current.set(state);
  const pages = pagesIn(cached);
  let kept = 0;
  for (const entry of existsSync(outDir) ? readdirSync(outDir, { recursive: true, withFileTypes: true }) : []) {
    const path = join(entry.parentPath, entry.name);
    if (entry.isDirectory()) continue;
    const file = relative(outDir, path);
    if (pages.get(file) === identity(path)) {
      state.linked.add(file);
      kept++;
    } else {
      rmSync(path, { force: true });
      state.emptied.add(entry.parentPath);
    }
  }
  for (const file of pages.keys()) {
    if (state.linked.has(file)) continue;
    mkdirSync(dirname(join(outDir, file)), { recursive: true });
    try {
      linkSync(join(cached, file), join(outDir, file));
    } catch {
      break; // another file system: Astro copies the rest, as it would anyway
    }
    state.linked.add(file);
  }
  return { linked: state.linked.size - kept, kept };
}

/** Called by the middleware before a page renders: its new file must not overwrite a shared one. */
export function beforeRender(pathname: string): void {
  const state = current.get();
  const file = state && pageFile(pathname);
  if (!state || !file || !state.linked.delete(file)) return;
  rmSync(join(state.outDir, file), { force: true });
  rmSync(join(state.cached, file), { force: true });
}

/** After the build: removes linked pages Astro did not count as built (a deleted story's page). */
export function dropUnbuiltLinks(pageNames: readonly string[]): number {
  const state = current.get();
  if (!state) return 0;
  const built = new Set(pageNames.map(pageFile));
  const stale = [...state.linked].filter((file) => !built.has(file));
  for (const file of stale) {
    rmSync(join(state.outDir, file), { force: true });
    state.emptied.add(dirname(join(state.outDir, file)));
  }
  for (const dir of [...state.emptied].sort().reverse()) removeIfEmpty(dir, state.outDir);
  current.set(undefined);
  return stale.length;
}

/** Removes `dir` and then its parents up to `root`, while they are empty. */
function removeIfEmpty(dir: string, root: string): void {
  for (let d = dir; d.startsWith(`${root}/`); d = dirname(d)) {
    try {
      rmdirSync(d);
    } catch {
      return; // not empty, or gone
    }
  }
}

/** Only for a build into an output folder of its own (`BROADSHEET_OUT_DIR`, set by scripts/build.ts). */
export function reusePages(fresh: boolean): AstroIntegration {
  let cacheDir = '';
  let outDir = '';
  return {
    name: 'broadsheet-reuse-pages',
    hooks: {
      'astro:config:setup': ({ updateConfig, command }) => {
        // Astro would empty the output folder after build:start, and with it the links and the
        // recycled folders.
        if (fresh && command === 'build') updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
        outDir = resolve(fileURLToPath(config.outDir));
      },
      'astro:build:start': ({ logger }) => {
        if (!fresh) return;
        const { linked, kept } = linkCachedPages(cacheDir, outDir);
        if (linked + kept) logger.info(`${kept} pages kept from the site two builds old, ${linked} linked from the cache`);
      },
      'astro:build:done': ({ pages, logger }) => {
        const dropped = dropUnbuiltLinks(pages.map((p) => p.pathname));
        if (dropped) logger.info(`${dropped} pages of the last build are gone from this one`);
      },
    },
  };
}
