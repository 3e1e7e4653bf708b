import { spawn } from 'node:child_process';
import { appendFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { startS3, S3RVER_CREDENTIALS } from '../../tests/helpers/s3-server.ts';

export interface MergeToLive {
  /** Seconds per phase: install, check, build, deploy. */
  phases: Record<'install' | 'check' | 'build' | 'deploy', number>;
  total: number;
  /** What the deploy of the edit uploaded, from its own summary line. */
  uploaded: string;
}

/**
 * One command in `cwd`, timed; a failure stops the bench with its output. Not spawnSync: the S3
 * server answers from this process meanwhile.
 */
async function timed(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv) {
  const started = performance.now();
  const child = spawn(command, args, { cwd, env });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const status = await new Promise<number | null>((done) => child.on('close', done));
  const seconds = (performance.now() - started) / 1000;
  if (status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${output.slice(-4000)}`);
  return { seconds, output };
}

/**
 * The path from a merge to the live site as a deploy runner walks it: a fresh clone of the code,
 * `npm ci --omit=dev` (warm npm cache, the runner's own Node), the build caches restored, one story
 * edited, then check, build and deploy to a local S3 server that already holds the site as it was
 * before the edit. The caches and the bucket come from the run before the merge, made the same way in
 * a clone at the same path (a runner's workspace path does not change between runs, and the caches
 * name content files by their path from the project): only the second run is timed.
 */
export async function benchMergeToLive(root: string, env: Record<string, string>, story: string): Promise<MergeToLive> {
  const clone = join(root, 'clone');
  const dist = join(root, 'live-dist');
  const s3 = await startS3('site');
  try {
    const base = {
      ...process.env,
      ...env,
      // setup-node's Node on a runner: the one running this bench, first on the PATH.
      PATH: `${dirname(process.execPath)}:${process.env.PATH ?? ''}`,
      ASTRO_TELEMETRY_DISABLED: '1',
      BROADSHEET_S3_BUCKET: 'site',
      BROADSHEET_S3_ENDPOINT: s3.endpoint,
      AWS_ACCESS_KEY_ID: S3RVER_CREDENTIALS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: S3RVER_CREDENTIALS.secretAccessKey,
      BROADSHEET_DIST: dist,
    };
    const runOnce = async () => {
      // A fresh runner: no clone, no site folder; the caches (outside both) are restored.
      rmSync(clone, { recursive: true, force: true });
      for (const built of [dist, join(root, '.live-dist-sites')]) rmSync(built, { recursive: true, force: true });
      await timed('git', ['clone', '--quiet', resolve('.'), clone], root, base);
      const install = await timed('npm', ['ci', '--omit=dev', '--no-audit', '--no-fund', '--prefer-offline'], clone, base);
      const check = await timed(process.execPath, ['scripts/check.ts', '--errors-only'], clone, base);
      const build = await timed(process.execPath, ['scripts/build.ts'], clone, base);
      const deploy = await timed(process.execPath, ['scripts/deploy.ts', '--dist', dist], clone, base);
      return { install, check, build, deploy };
    };
    // The run before the merge: it fills the bucket and leaves the caches as its runner saves them.
    await runOnce();
    appendFileSync(story, '\nA paragraph added after the merge.\n');
    const { install, check, build, deploy } = await runOnce();
    const phases = { install: install.seconds, check: check.seconds, build: build.seconds, deploy: deploy.seconds };
    const uploaded = /\d+ uploads, .*$/m.exec(deploy.output)?.[0] ?? '';
    return { phases, total: Object.values(phases).reduce((a, b) => a + b, 0), uploaded };
  } finally {
    await s3.stop();
  }
}
