import { processSlot } from '../incremental/process-slot.ts';
import { encodeEarly } from './early-encode.ts';
import type { EncodeJob } from './encode.ts';
import { usePhotoFiles } from './page-photos.ts';

/**
 * Derivatives the pages asked for during this build, keyed by file name: the pages register them,
 * the integration writes the files.
 */
type Registry = Map<string, EncodeJob>;
const registry = processSlot<Registry>('media');

export const derivativeJobs = (): Registry => registry.use(() => new Map());

export function registerJob(job: EncodeJob): string {
  derivativeJobs().set(job.variant.file, job);
  encodeEarly(job);
  usePhotoFiles([job.variant.file]);
  return `/_media/${job.variant.file}`;
}

export { photoCacheDir } from './cache-dir.ts';
