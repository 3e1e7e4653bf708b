import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize } from 'node:v8';
import type { AstroIntegration } from 'astro';
import { cachePath, cacheVersion } from './cache-version.ts';
import { filesUnder } from './files-under.ts';
import { processSlot } from './process-slot.ts';

/**
 * Astro's incremental build copies every unchanged page from its cache (`<cacheDir>/dist/`) into the
 * output folder, trusting whatever bytes are there. Astro rewrites a cached page in place as soon as
 * it renders it but records the page's key only at the very end, so a killed build leaves new bytes
 * under old keys; anything else that edits the cache is trusted too. So a cached page is reused only
 * while its length and sha256 are what the last complete build recorded (beside its photos, in the
 * page-photos record, written after Astro's manifest); any other is deleted, and Astro renders it
 * again. The verified bytes are written into `npm run build`'s own output folder, where Astro takes
 * them as they are: a published page is always a file of its own, never one the cache shares.
 */
export interface PageSum {
  bytes: number;
  sha256: string;
}

interface State {
  outDir: string;
  /** Output files (`politics/story-1/index.html`) restored from the cache and not rendered since. */
  restored: Map<string, PageSum>;
  /** Folders of a recycled site that lost files, to remove if nothing is left in them. */
  emptied: Set<string>;
  /** Sums of the pages `writtenSums` read back, asked for twice (pages-done.ts, page-photos.ts). */
  written?: Map<string, PageSum>;
}

/** Folders of the site whose files other stages keep or remove: photos/flush.ts, output/search-index.ts. */
const LEFT_TO_OTHERS = ['_media', 'pagefind'];

// Set by the integration, read by the middleware bundled with the pages and by page-photos.ts.
const current = processSlot<State>('reuse-pages');

/** `/politics/story-1/` or `politics/story-1/` (Astro's page names) → `politics/story-1/index.html`. */
export const pageFile = (pathname: string) => {
  const trimmed = pathname.replace(/^\/+|\/+$/g, '');
  return trimmed ? `${trimmed}/index.html` : 'index.html';
};

export const sumOf = (data: Buffer): PageSum => ({
  bytes: data.length,
  sha256: createHash('sha256').update(data).digest('hex'),
});

/** The sums the last complete build recorded for its pages (`sums` of the page-photos record). */
export function recordedSums(cacheDir: string): Record<string, PageSum> {
  try {
    const saved = deserialize(readFileSync(cachePath('page-photos', cacheDir))) as {
      version?: string;
      sums?: Record<string, PageSum>;
    };
    return saved.version === cacheVersion('page-photos') ? (saved.sums ?? {}) : {};
  } catch {
    return {}; // no record (a first build, or a build killed before its first record): nothing is trusted
  }
}

/**
 * Deletes every cached page whose bytes are not the recorded ones and, with `copy`, writes the others
 * into `outDir` (otherwise Astro copies them itself). `outDir` may hold the site of two builds ago (src/publish/ recycles it:
 * making 8,000 folders costs 0.8 s): its files that already hold a verified page's bytes stay, every
 * other file goes (removed, never rewritten in place, so a reader of that old site is not disturbed),
 * but for the photo derivatives and the search index, which their own stages keep or remove.
 */
export function restoreCachedPages(cacheDir: string, outDir: string, copy: boolean, recorded = recordedSums(cacheDir)) {
  const cached = join(cacheDir, 'dist');
  const state: State = { outDir, restored: new Map(), emptied: new Set() };
  current.set(state);
  const old = new Set(copy ? filesUnder(outDir) : []);
  let kept = 0;
  let dropped = 0;
  for (const file of filesUnder(cached)) {
    const data = readFileSync(join(cached, file));
    const sum = sumOf(data);
    const known = recorded[file];
    if (known?.bytes !== sum.bytes || known.sha256 !== sum.sha256) {
      rmSync(join(cached, file), { force: true });
      dropped++;
      continue;
    }
    if (!copy) continue;
    const target = join(outDir, file);
    state.restored.set(file, sum);
    if (old.delete(file)) {
      if (readFileSync(target).equals(data)) {
        kept++;
        continue;
      }
      rmSync(target, { force: true });
    } else mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, data);
  }
  for (const file of old) {
    // The photo flush and the search index keep what this build writes again and remove the rest.
    if (LEFT_TO_OTHERS.some((folder) => file.startsWith(`${folder}/`))) continue;
    rmSync(join(outDir, file), { force: true });
    state.emptied.add(dirname(join(outDir, file)));
  }
  return { restored: state.restored.size - kept, kept, dropped };
}

/** Called by the middleware before a page renders: the restored copy is no longer this build's. */
export function beforeRender(pathname: string): void {
  const state = current.get();
  const file = state && pageFile(pathname);
  if (!state || !file || !state.restored.delete(file)) return;
  rmSync(join(state.outDir, file), { force: true });
}

/**
 * The length and sha256 of each of these pages as this build wrote them, for the next build's check:
 * a restored page's verified sum, a rendered page's read back from the output folder (this build's own).
 */
export function writtenSums(pathnames: Iterable<string>): Record<string, PageSum> {
  const state = current.get();
  const sums: Record<string, PageSum> = {};
  if (!state) return sums;
  const written = (state.written ??= new Map());
  for (const file of [...pathnames].map(pageFile)) {
    const restored = state.restored.get(file) ?? written.get(file);
    if (restored) sums[file] = restored;
    else if (existsSync(join(state.outDir, file))) {
      sums[file] = sumOf(readFileSync(join(state.outDir, file)));
      written.set(file, sums[file]);
    }
  }
  return sums;
}

/** After the build: removes restored pages Astro did not count as built (a deleted story's page). */
export function dropUnbuiltPages(pageNames: readonly string[]): number {
  const state = current.get();
  if (!state) return 0;
  const built = new Set(pageNames.map(pageFile));
  const stale = [...state.restored.keys()].filter((file) => !built.has(file));
  for (const file of stale) {
    rmSync(join(state.outDir, file), { force: true });
    state.restored.delete(file);
    state.emptied.add(dirname(join(state.outDir, file)));
  }
  for (const dir of [...state.emptied].sort().reverse()) removeIfEmpty(dir, state.outDir);
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

/** `fresh`: the output folder is the build's own (`BROADSHEET_OUT_DIR`, set by src/publish/). */
export function reusePages(fresh: boolean): AstroIntegration {
  let cacheDir = '';
  let outDir = '';
  return {
    name: 'broadsheet-reuse-pages',
    hooks: {
      'astro:config:setup': ({ updateConfig, command }) => {
        // Astro would empty the output folder after build:start, and with it the restored pages and
        // the recycled folders.
        if (fresh && command === 'build') updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
        outDir = resolve(fileURLToPath(config.outDir));
      },
      'astro:build:start': ({ logger }) => {
        const { restored, kept, dropped } = restoreCachedPages(cacheDir, outDir, fresh);
        if (dropped) logger.info(`${dropped} cached pages are not what the last complete build recorded: rendering them again`);
        if (restored + kept) logger.info(`${kept} pages kept from the site two builds old, ${restored} restored from the cache`);
      },
      'astro:build:done': ({ pages, logger }) => {
        const dropped = dropUnbuiltPages(pages.map((p) => p.pathname));
        if (dropped) logger.info(`${dropped} pages of the last build are gone from this one`);
      },
    },
  };
}
