/**
 * `npm run deploy [-- --dry-run] [--dist <dir>] [--save-photo-cache]`: the built site into object
 * storage; `npm run deploy -- --restore-photo-cache` fetches the encoded photos a fresh runner lacks.
 * See src/deploy/ and docs/deploy.md.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { s3Client } from '../src/deploy/bucket.ts';
import { deployTarget } from '../src/deploy/config.ts';
import { DeployError, explain } from '../src/deploy/errors.ts';
import { restorePhotoCache, savePhotoCache } from '../src/deploy/photo-cache.ts';
import { uploadCount } from '../src/deploy/plan.ts';
import { photoCacheDir } from '../src/photos/cache-dir.ts';
import { loadSite } from '../src/tooling/load-site.ts';

// The config first, so a broken one is listed as every command lists it; the deploy's headers read it too.
const site = await loadSite();
const { deploySite } = await import('../src/deploy/deploy-site.ts');

const { values } = parseArgs({
  options: {
    'dry-run': { type: 'boolean', default: false },
    dist: { type: 'string', default: 'dist' },
    concurrency: { type: 'string', default: '8' },
    'save-photo-cache': { type: 'boolean', default: false },
    'restore-photo-cache': { type: 'boolean', default: false },
  },
});

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;
const concurrency = Number(values.concurrency) || 8;

/** The photo cache to or from the bucket, with its own client (the deploy's is closed by then). */
async function photoCache(direction: 'save' | 'restore', target: ReturnType<typeof deployTarget>) {
  const client = s3Client(target);
  try {
    // What the site just deployed shows is what the bucket keeps: a derivative no page uses is dropped.
    const media = join(resolve(values.dist), '_media');
    const shown = new Set(existsSync(media) ? readdirSync(media) : []);
    const done =
      direction === 'save'
        ? await savePhotoCache(client, target, photoCacheDir(), concurrency, shown)
        : await restorePhotoCache(client, target, photoCacheDir(), concurrency);
    const verb = direction === 'save' ? 'Saved' : 'Restored';
    const removed = done.removed.length ? `; ${done.removed.length} no page shows removed` : '';
    console.log(
      `${verb} the photo cache: ${done.files.length} files, ${mb(done.bytes)} (${done.unchanged} already there${removed}).`,
    );
  } catch (error) {
    throw explain(error, target);
  } finally {
    client.destroy();
  }
}

try {
  const target = deployTarget(site.deploy.s3);
  const where = `s3://${target.bucket}/${target.prefix}${target.endpoint ? ` at ${target.endpoint}` : ''}`;
  if (values['restore-photo-cache']) {
    await photoCache('restore', target);
  } else {
    const report = await deploySite({
      dist: resolve(values.dist),
      target,
      dryRun: values['dry-run'],
      concurrency,
      onProgress: (e) => e.kind === 'phase' && console.log(`  ${e.name}…`),
    });
    const { plan } = report;
    const removed = plan.removals.slice(0, 5).join(', ') + (plan.removals.length > 5 ? ', …' : '');
    const lines = [
      `${values['dry-run'] ? 'Would deploy' : 'Deployed'} ${report.files} files to ${where} (compared with the ${plan.basis}):`,
      ...plan.uploads.map((u) => `  ${u.phase}: ${u.files.length} to upload, ${mb(u.files.reduce((n, f) => n + f.size, 0))}`),
      `  unchanged: ${plan.unchanged}`,
      `  removed: ${plan.removals.length}${plan.removals.length ? ` (${removed})` : ''}`,
      `  ${uploadCount(plan)} uploads, ${mb(report.bytes)}, ${report.seconds.toFixed(1)} s`,
    ];
    console.log(lines.join('\n'));
    if (values['save-photo-cache'] && !values['dry-run']) await photoCache('save', target);
  }
} catch (error) {
  if (!(error instanceof DeployError)) throw error;
  console.error(`deploy: ${error.message}`);
  process.exitCode = 1;
}
