import { AsyncLocalStorage } from 'node:async_hooks';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { cacheVersion } from '../incremental/cache-version.ts';
import { processSlot } from '../incremental/process-slot.ts';
import { type PageSum, writtenSums } from '../incremental/reuse-pages.ts';
import type { EncodeJob } from './encode.ts';

/**
 * Which photo files each page used. Astro's incremental build copies an unchanged page from the
 * last build without rendering it, so the page never asks for its photos: the files it used are
 * remembered here and asked for on its behalf. Several pages render at once (build.concurrency),
 * so the page asking is the one whose rendering the request is part of: its async context.
 */
interface Tracker {
  page: AsyncLocalStorage<string>;
  used: Map<string, Set<string>>;
  /** Pages that gave Astro a cacheKey this build, and so may have been skipped. */
  keyed: Set<string>;
}

const slot = processSlot<Tracker>('page-photos');
const tracker = (): Tracker => slot.use(() => ({ page: new AsyncLocalStorage(), used: new Map(), keyed: new Set() }));

/** Runs `render` (the middleware's rest of the request) as the rendering of page `path`. */
export function renderingPage<T>(path: string, render: () => T): T {
  const t = tracker();
  if (!t.used.has(path)) t.used.set(path, new Set());
  return t.page.run(path, render);
}

/** The page being rendered shows these photo files. */
export function usePhotoFiles(files: Iterable<string>): void {
  const t = tracker();
  const path = t.page.getStore();
  const set = path === undefined ? undefined : t.used.get(path);
  if (set) for (const f of files) set.add(f);
}

/** Forgets what this process recorded: a build is one process, but tests run several in one. */
export function resetPagePhotos(): void {
  const t = tracker();
  t.used.clear();
  t.keyed.clear();
}

/** `path` returned a cacheKey, so Astro may copy it from the last build instead of rendering it. */
export const markKeyedPage = (path: string) => tracker().keyed.add(path);

interface Saved {
  /** The registry's version of this record: a record of another one is not read. */
  version: string;
  pages: Record<string, string[]>;
  jobs: Record<string, EncodeJob>;
  /**
   * Each keyed page's length and sha256 as this build wrote it (output file → sum): the next build
   * reuses a page from Astro's cache only while it still holds these bytes (reuse-pages.ts), so a
   * reused page is always one whose photos this record names, even after a build killed halfway.
   */
  sums: Record<string, PageSum>;
}

/**
 * After the pages are generated: asks again for the photos of every keyed page Astro did not render,
 * from what the last build recorded, and records this build's keyed pages for the next one.
 * Returns how many pages were carried forward.
 */
export async function carryForwardPagePhotos(
  recordFile: string,
  registry: Map<string, EncodeJob>,
  version = cacheVersion('page-photos'),
): Promise<number> {
  const { used, keyed } = tracker();
  const next: Saved = { version, pages: {}, jobs: {}, sums: writtenSums(keyed) };
  let previous: Saved = { version, pages: {}, jobs: {}, sums: {} };
  try {
    const saved = deserialize(await readFile(recordFile)) as Saved;
    // Page keys embed this version, so after a change no keyed page can be a copy needing the old record.
    if (saved.version === version) previous = saved;
  } catch {
    // First incremental build: every keyed page was rendered.
  }
  const missing: string[] = [];
  let carried = 0;
  for (const path of [...keyed].sort()) {
    const rendered = used.get(path);
    const files = rendered ? [...rendered].sort() : previous.pages[path];
    if (!files) {
      missing.push(path);
      continue;
    }
    if (!rendered) carried++;
    next.pages[path] = files;
    for (const file of files) {
      const job = registry.get(file) ?? previous.jobs[file];
      if (!job) throw new Error(`${recordFile}: no record of how to make /_media/${file}; run npm run build -- --force`);
      registry.set(file, job);
      next.jobs[file] = job;
    }
  }
  if (missing.length)
    throw new Error(
      `Astro reused ${missing.length} page(s) from its build cache that ${recordFile} knows nothing of (e.g. ${missing[0]}): the two caches are out of step. Run npm run build -- --force once.`,
    );
  await mkdir(dirname(recordFile), { recursive: true });
  await writeFile(`${recordFile}.${process.pid}`, serialize(next));
  await rename(`${recordFile}.${process.pid}`, recordFile);
  return carried;
}
