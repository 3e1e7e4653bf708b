import { spawnSync } from 'node:child_process';
import { PROJECT_ROOT } from './build.ts';
import { NOW } from './run-check.ts';
import type { Problem } from '../../src/check/problems.ts';

/** What a hostile file may cost `npm run check`: minutes and gigabytes before the limits. */
export interface CheckCost {
  status: number | null;
  problems: Problem[];
  seconds: number;
  /** Peak resident memory of the checker's process, in MB, as the kernel counted it. */
  peakMb: number;
  stderr: string;
}

/**
 * Runs `npm run check -- --format json` on the content under `root` in a child process killed after
 * `killAfterS` (so a regression fails the test instead of hanging it), with its peak memory read by
 * `/usr/bin/time` (GNU time: `%M` is the maximum resident set size in KB).
 */
export function boundedCheck(root: string, killAfterS = 120): CheckCost {
  const started = performance.now();
  const result = spawnSync(
    '/usr/bin/time',
    ['-f', 'peak-kb %M', process.execPath, 'scripts/check.ts', '--root', root, '--format', 'json'],
    {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      env: { ...process.env, ...NOW, BROADSHEET_CACHE_DIR: `${root}/check-cache` },
      timeout: killAfterS * 1000,
      killSignal: 'SIGKILL',
      maxBuffer: 256 << 20,
    },
  );
  const seconds = (performance.now() - started) / 1000;
  const peakKb = Number(/peak-kb (\d+)/.exec(result.stderr ?? '')?.[1] ?? Number.NaN);
  let problems: Problem[] = [];
  try {
    problems = (JSON.parse(result.stdout) as { problems: Problem[] }).problems;
  } catch {
    // Killed or crashed: the status and stderr say so.
  }
  return { status: result.status, problems, seconds, peakMb: Math.round(peakKb / 1024), stderr: result.stderr ?? '' };
}
