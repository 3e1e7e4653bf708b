import { availableParallelism } from 'node:os';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { derivative, matchesRecord, type EncodeJob } from './encode.ts';
import { limiter } from './limit.ts';

export interface FlushStats {
  files: number;
  encoded: number;
  /** Names of the files encoded this time, for tests and for the curious. */
  encodedFiles: string[];
  reused: number;
  seconds: number;
  concurrency: number;
}

/**
 * Writes the verified `bytes` (just encoded, or checked against their record: never the cache file
 * read again) to `path`. A file the recycled site held there did not match the record (else the
 * flush kept it) or was encoded this run (early-encode.ts, counted as encoded even when the same):
 * it is removed first, never rewritten in place, like the pages (incremental/reuse-pages.ts).
 */
async function place(path: string, bytes: Buffer, existed: boolean): Promise<void> {
  if (existed) await rm(path, { force: true });
  await writeFile(path, bytes);
}

/**
 * Encodes what the cache lacks, then writes every derivative the pages used into the site.
 * Bounded by the CPUs this process may use; each job holds one decoded photo at a time. `early`
 * names the files encoded into the cache while the pages rendered (early-encode.ts): counted as
 * encoded, read back verified like any cached file.
 */
export async function flushMedia(
  jobs: Iterable<EncodeJob>,
  cacheDir: string,
  outDir: string,
  early: ReadonlySet<string> = new Set(),
): Promise<FlushStats> {
  const started = performance.now();
  const concurrency = Math.max(1, availableParallelism());
  const run = limiter(concurrency);
  const target = join(outDir, '_media');
  await mkdir(target, { recursive: true });
  await mkdir(cacheDir, { recursive: true });
  // A recycled site folder (publish/scratch.ts) still holds the derivatives of two builds ago.
  const stale = new Set(await readdir(target));
  const encodedFiles: string[] = [];
  let files = 0;
  await Promise.all(
    [...jobs].map(async (job) => {
      const path = join(target, job.variant.file);
      const existed = stale.delete(job.variant.file);
      files++;
      if (existed && !early.has(job.variant.file) && matchesRecord(path, job, cacheDir)) return;
      await run(async () => {
        let made: Awaited<ReturnType<typeof derivative>>;
        try {
          made = await derivative(job, cacheDir);
        } catch (error) {
          throw new Error(
            `Could not encode ${job.source === undefined ? 'a drawn share card' : relative(process.cwd(), job.source)} as ${job.variant.file}: ${(error as Error).message}`,
            { cause: error },
          );
        }
        if (made.encoded || early.has(job.variant.file)) encodedFiles.push(job.variant.file);
        await place(path, made.bytes, existed);
      });
    }),
  );
  await Promise.all([...stale].map((file) => rm(join(target, file), { force: true })));
  const encoded = encodedFiles.length;
  const stats = {
    files,
    encoded,
    encodedFiles: encodedFiles.sort(),
    reused: files - encoded,
    seconds: (performance.now() - started) / 1000,
    concurrency,
  };
  await writeFile(join(cacheDir, 'last-build.json'), `${JSON.stringify(stats, null, 2)}\n`);
  return stats;
}
