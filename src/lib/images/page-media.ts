import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { processSlot } from '../process-slot.ts';
import type { EncodeJob } from './encode.ts';

/**
 * Which photo files each page used. Astro's incremental build copies an unchanged page from the
 * last build without rendering it, so the page never asks for its photos: the files it used are
 * remembered here and asked for on its behalf. Pages render one at a time (build.concurrency 1),
 * so every file requested between the start of one page and the next belongs to that page.
 */
interface Tracker {
  current: string | undefined;
  used: Map<string, Set<string>>;
  /** Pages that gave Astro a cacheKey this build, and so may have been skipped. */
  keyed: Set<string>;
}

const slot = processSlot<Tracker>('page-media');
const tracker = (): Tracker => slot.use(() => ({ current: undefined, used: new Map(), keyed: new Set() }));

/** Called by the middleware as each page starts rendering. */
export function beginPage(path: string): void {
  const t = tracker();
  t.current = path;
  if (!t.used.has(path)) t.used.set(path, new Set());
}

/** The current page shows these photo files. */
export function usePhotoFiles(files: Iterable<string>): void {
  const t = tracker();
  const set = t.current === undefined ? undefined : t.used.get(t.current);
  if (set) for (const f of files) set.add(f);
}

/** Forgets what this process recorded: a build is one process, but tests run several in one. */
export function resetPageMedia(): void {
  const t = tracker();
  t.current = undefined;
  t.used.clear();
  t.keyed.clear();
}

/** `path` returned a cacheKey, so Astro may copy it from the last build instead of rendering it. */
export const markKeyedPage = (path: string) => tracker().keyed.add(path);

interface Saved {
  pages: Record<string, string[]>;
  jobs: Record<string, EncodeJob>;
}

/**
 * After the pages are generated: asks again for the photos of every keyed page Astro did not render,
 * from what the last build recorded, and records this build's keyed pages for the next one.
 * Returns how many pages were carried forward.
 */
export async function carryForwardPageMedia(recordFile: string, registry: Map<string, EncodeJob>): Promise<number> {
  const { used, keyed } = tracker();
  let previous: Saved = { pages: {}, jobs: {} };
  try {
    previous = deserialize(await readFile(recordFile)) as Saved;
  } catch {
    // First incremental build: every keyed page was rendered.
  }
  const next: Saved = { pages: {}, jobs: {} };
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
