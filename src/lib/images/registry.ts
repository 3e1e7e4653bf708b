import type { EncodeJob } from './encode.ts';
import { usePhotoFiles } from './page-media.ts';

/**
 * Derivatives the pages asked for during this build, keyed by file name. It lives on globalThis
 * because Astro loads the pages and the integration that writes the files as separate module
 * instances in one process.
 */
const KEY = Symbol.for('broadsheet.media');
type Registry = Map<string, EncodeJob>;

export function mediaRegistry(): Registry {
  const holder = globalThis as unknown as Record<symbol, Registry | undefined>;
  holder[KEY] ??= new Map();
  return holder[KEY];
}

export function registerJob(job: EncodeJob): string {
  mediaRegistry().set(job.variant.file, job);
  usePhotoFiles([job.variant.file]);
  return `/_media/${job.variant.file}`;
}

export function mediaCacheDir(): string {
  return process.env['BROADSHEET_IMAGE_CACHE'] ?? '.broadsheet/images';
}
