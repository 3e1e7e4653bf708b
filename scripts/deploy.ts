/** `npm run deploy [-- --dry-run] [--dist <dir>]`: the built site into object storage; see src/deploy/. */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { deployTarget } from '../src/deploy/config.ts';
import { deploySite } from '../src/deploy/deploy-site.ts';
import { DeployError } from '../src/deploy/errors.ts';
import { uploadCount } from '../src/deploy/plan.ts';
import site from '../src/site.config.ts';

const { values } = parseArgs({
  options: {
    'dry-run': { type: 'boolean', default: false },
    dist: { type: 'string', default: 'dist' },
    concurrency: { type: 'string', default: '8' },
  },
});

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;

try {
  const target = deployTarget(site.deploy.s3);
  const where = `s3://${target.bucket}/${target.prefix}${target.endpoint ? ` at ${target.endpoint}` : ''}`;
  const report = await deploySite({
    dist: resolve(values.dist),
    target,
    dryRun: values['dry-run'],
    concurrency: Number(values.concurrency) || 8,
    onProgress: (e) => e.kind === 'phase' && console.log(`  ${e.name}…`),
  });
  const { plan } = report;
  const lines = [
    `${values['dry-run'] ? 'Would deploy' : 'Deployed'} ${report.files} files to ${where} (compared with the ${plan.basis}):`,
    ...plan.uploads.map((u) => `  ${u.phase}: ${u.files.length} to upload, ${mb(u.files.reduce((n, f) => n + f.size, 0))}`),
    `  unchanged: ${plan.unchanged}`,
    `  removed: ${plan.removals.length}${plan.removals.length ? ` (${plan.removals.slice(0, 5).join(', ')}${plan.removals.length > 5 ? ', …' : ''})` : ''}`,
    `  ${uploadCount(plan)} uploads, ${mb(report.bytes)}, ${report.seconds.toFixed(1)} s`,
  ];
  console.log(lines.join('\n'));
} catch (error) {
  if (!(error instanceof DeployError)) throw error;
  console.error(`deploy: ${error.message}`);
  process.exitCode = 1;
}
