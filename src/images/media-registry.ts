import { processSlot } from '../incremental/process-slot.ts';
import type { EncodeJob } from './encode.ts';
import { usePhotoFiles } from './page-media.ts';

/**
 * Derivatives the pages asked for during this build, keyed by file name: the pages register them,
 * the integration writes the files.
 */
type Registry = Map<string, EncodeJob>;
const registry = processSlot<Registry>('media');

export const mediaRegistry = (): Registry => registry.use(() => new Map());

export function registerJob(job: EncodeJob): string {
  mediaRegistry().set(job.variant.file, job);
  usePhotoFiles([job.variant.file]);
  return `/_media/${job.variant.file}`;
}

export function mediaCacheDir(): string {
  return process.env['BROADSHEET_IMAGE_CACHE'] ?? '.broadsheet/images';
}
