import { parentPort, workerData } from 'node:worker_threads';
import { derivative, type EncodeJob } from './encode.ts';

/**
 * The thread early-encode.ts starts for a build: encodes one job at a time into the cache, off the
 * thread that renders the pages, until told to stop; then says which files it made.
 */
const cacheDir = (workerData as { cacheDir: string }).cacheDir;
const queue: EncodeJob[] = [];
const made: string[] = [];
let busy = false;
let stopping = false;

async function drain(): Promise<void> {
  if (busy) return;
  busy = true;
  for (let job = queue.shift(); job && !stopping; job = queue.shift()) {
    // A failure is the flush's to report, with the file's name: it encodes the job again.
    const result = await derivative(job, cacheDir).catch(() => undefined);
    if (result?.encoded) made.push(job.variant.file);
  }
  busy = false;
  if (stopping) parentPort!.postMessage(made);
}

parentPort!.on('message', (message: EncodeJob | 'stop') => {
  if (message === 'stop') {
    stopping = true;
    if (!busy) parentPort!.postMessage(made);
    return;
  }
  queue.push(message);
  void drain();
});
