import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { derivative } from './encode.ts';
import { closeEarlyEncoder, openEarlyEncoder } from './early-encode.ts';
import { flushMedia } from './flush.ts';
import { carryForwardPagePhotos } from './page-photos.ts';
import { photoCacheDir, derivativeJobs } from './derivative-jobs.ts';
import { cachePath } from '../incremental/cache-version.ts';

const TYPES: Record<string, string> = { avif: 'image/avif', webp: 'image/webp', jpg: 'image/jpeg' };

/** Writes the photos the pages asked for into `/_media/` after a build, and serves them in dev. */
export function broadsheetPhotos(): AstroIntegration {
  let record = '';
  return {
    name: 'broadsheet-images',
    hooks: {
      // From the start of a build, so the content loader can hand over drawn cards while it checks.
      'astro:config:setup': ({ command }) => {
        if (command === 'build') openEarlyEncoder(photoCacheDir());
      },
      'astro:config:done': ({ config }) => {
        record = cachePath('page-photos', fileURLToPath(config.cacheDir));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const early = await closeEarlyEncoder();
        const carried = await carryForwardPagePhotos(record, derivativeJobs());
        if (carried) logger.info(`${carried} unchanged pages reused from the last build, with their photos`);
        const stats = await flushMedia(derivativeJobs().values(), photoCacheDir(), fileURLToPath(dir), early);
        logger.info(
          `${stats.files} photo files: ${stats.encoded} encoded (${early.size} early, beside the check and the pages), ${stats.reused} from cache, ${stats.seconds.toFixed(1)} s on ${stats.concurrency} workers`,
        );
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const file = req.url?.startsWith('/_media/') ? decodeURIComponent(req.url.slice(8).split('?')[0]!) : undefined;
          const job = file ? derivativeJobs().get(file) : undefined;
          if (!job || !file) return next();
          derivative(job, photoCacheDir()).then(
            ({ bytes }) => {
              res.setHeader('content-type', TYPES[file.split('.').at(-1) ?? ''] ?? 'application/octet-stream');
              res.end(bytes);
            },
            (error: unknown) => next(error),
          );
        });
      },
    },
  };
}
