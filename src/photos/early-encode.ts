import { Worker } from 'node:worker_threads';
import { processSlot } from '../incremental/process-slot.ts';
import type { EncodeJob } from './encode.ts';

/**
 * Encoding while the pages are still rendering. Astro renders pages on one thread, so during a build
 * the second core would idle until the pages are done; instead each derivative a page asks for is
 * handed to a worker thread (early-worker.ts) that encodes it into the cache, one at a time, and the
 * flush after the pages (flush.ts) finds it there, verified like any cached file. Only during a
 * build: the integration opens it as the build starts (before the content is loaded: the loader
 * hands over the drawn cards of stories without a lead photo) and closes it before the flush.
 */
interface EarlyEncoder {
  worker: Worker;
  /** Files already handed over, so a derivative two pages share is encoded once. */
  sent: Set<string>;
}

const slot = processSlot<EarlyEncoder>('early-encode');

export function openEarlyEncoder(cacheDir: string): void {
  if (slot.get()) return;
  const worker = new Worker(new URL('./early-worker.ts', import.meta.url), { workerData: { cacheDir } });
  // A build that fails before its pages are done exits without closing this: never wait for it.
  worker.unref();
  // A worker that cannot start only loses the head start: the flush encodes everything itself.
  worker.on('error', () => slot.set(undefined));
  slot.set({ worker, sent: new Set() });
}

/** Hands `job` to the worker if a build is under way and no page asked for it before. */
export function encodeEarly(job: EncodeJob): void {
  const early = slot.get();
  if (!early || early.sent.has(job.variant.file)) return;
  early.sent.add(job.variant.file);
  early.worker.postMessage(job);
}

/**
 * Stops the worker once the job in hand is done, dropping the rest (the flush encodes those on every
 * core); resolves to the files the worker made.
 */
export async function closeEarlyEncoder(): Promise<Set<string>> {
  const early = slot.get();
  slot.set(undefined);
  if (!early) return new Set();
  early.worker.ref();
  const made = await new Promise<string[]>((done) => {
    early.worker.once('message', done);
    early.worker.once('error', () => done([]));
    early.worker.once('exit', () => done([]));
    early.worker.postMessage('stop');
  });
  await early.worker.terminate();
  return new Set(made);
}
