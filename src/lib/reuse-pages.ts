import { linkSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Astro's incremental build copies every unchanged page from its cache (`<cacheDir>/dist/`) into the
 * output folder: 8,000 copies, about 2 s, for a 5,000-story site. It takes a page already in the
 * output folder as it is, so `npm run build`, whose output folder is a fresh scratch folder, has the
 * cached pages hard-linked there first. Two rules keep a link from ever changing a published page
 * (the live site shares these files): a page about to render is unlinked first, in the output and in
 * Astro's cache, which Astro rewrites in place; a linked page this build did not make is removed.
 */
interface State {
  outDir: string;
  cached: string;
  /** Output paths (`politics/story-1/index.html`) linked before the build and not rendered since. */
  linked: Set<string>;
}

const KEY = Symbol.for('broadsheet.reuse-pages');
const holder = globalThis as unknown as Record<symbol, State | undefined>;

/** `/politics/story-1/` or `politics/story-1/` (Astro's page names) → `politics/story-1/index.html`. */
export const pageFile = (pathname: string) => {
  const trimmed = pathname.replace(/^\/+|\/+$/g, '');
  return trimmed ? `${trimmed}/index.html` : 'index.html';
};

/** Links every page Astro's cache holds into `outDir`; returns how many. */
export function linkCachedPages(cacheDir: string, outDir: string): number {
  const cached = join(cacheDir, 'dist');
  const state: State = { outDir, cached, linked: new Set() };
  holder[KEY] = state;
  let files: string[];
  try {
    files = readdirSync(cached, { recursive: true }).map(String);
  } catch {
    return 0; // no cache yet: a first build
  }
  for (const file of files) {
    if (!file.endsWith('.html') || statSync(join(cached, file)).isDirectory()) continue;
    mkdirSync(dirname(join(outDir, file)), { recursive: true });
    try {
      linkSync(join(cached, file), join(outDir, file));
    } catch {
      return state.linked.size; // another file system: Astro copies the rest, as it would anyway
    }
    state.linked.add(file);
  }
  return state.linked.size;
}

/** Called by the middleware before a page renders: its new file must not overwrite a shared one. */
export function beforeRender(pathname: string): void {
  const state = holder[KEY];
  const file = state && pageFile(pathname);
  if (!state || !file || !state.linked.delete(file)) return;
  rmSync(join(state.outDir, file), { force: true });
  rmSync(join(state.cached, file), { force: true });
}

/** After the build: removes linked pages Astro did not count as built (a deleted story's page). */
export function dropUnbuiltLinks(pageNames: readonly string[]): number {
  const state = holder[KEY];
  if (!state) return 0;
  const built = new Set(pageNames.map(pageFile));
  const stale = [...state.linked].filter((file) => !built.has(file));
  for (const file of stale) rmSync(join(state.outDir, file), { force: true });
  holder[KEY] = undefined;
  return stale.length;
}

/** Only for a build into a fresh folder (`BROADSHEET_OUT_DIR`, set by scripts/build.ts). */
export function reusePages(fresh: boolean): AstroIntegration {
  let cacheDir = '';
  let outDir = '';
  return {
    name: 'broadsheet-reuse-pages',
    hooks: {
      'astro:config:setup': ({ updateConfig, command }) => {
        // Astro would empty the output folder after build:start, and with it the links.
        if (fresh && command === 'build') updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': ({ logger }) => {
        if (!fresh) return;
        const linked = linkCachedPages(cacheDir, outDir);
        if (linked) logger.debug(`${linked} cached pages linked into ${outDir}`);
      },
      'astro:build:done': ({ pages, logger }) => {
        const dropped = dropUnbuiltLinks(pages.map((p) => p.pathname));
        if (dropped) logger.info(`${dropped} pages of the last build are gone from this one`);
      },
    },
  };
}
