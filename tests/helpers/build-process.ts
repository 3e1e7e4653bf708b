import { spawn } from 'node:child_process';
import { BUILD_MS } from './budget.ts';
import { buildEnv, PROJECT_ROOT } from './build.ts';

/** A running `npm run build`, in a process group of its own so a signal reaches Astro's child too. */
export interface RunningBuild {
  /** Sends `signal` to the build and Astro's child, as Ctrl-C in a terminal (or `kill -9` of both) would. */
  signal: (signal: NodeJS.Signals) => void;
  /** Settles when the build process has exited: its status (null when killed) and what it printed. */
  done: Promise<{ status: number | null; output: string }>;
  exited: () => boolean;
}

/** Starts the real build script like tests/helpers/build.ts runs it, without waiting for it. */
export function startBuild(content: string, dist: string, env: Record<string, string> = {}, root = PROJECT_ROOT): RunningBuild {
  const child = spawn(process.execPath, ['scripts/build.ts'], {
    cwd: root,
    detached: true,
    env: buildEnv(content, dist, env),
  });
  let output = '';
  let exited = false;
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const done = new Promise<{ status: number | null; output: string }>((settle) =>
    child.on('close', (status) => {
      exited = true;
      settle({ status, output });
    }),
  );
  return {
    signal: (signal) => {
      try {
        process.kill(-child.pid!, signal);
      } catch {
        // already gone
      }
    },
    done,
    exited: () => exited,
  };
}

/**
 * Polls `condition` until it holds; fails if `build` ended first or after `limit` ms (sized for a
 * whole build on a busy machine: the condition, not the time, decides when the test acts).
 */
export async function until(condition: () => boolean, build: RunningBuild, what: string, limit = BUILD_MS): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (build.exited()) throw new Error(`The build ended before ${what}:\n${(await build.done).output}`);
    if (Date.now() - start > limit) throw new Error(`No sign of ${what} after ${limit / 1000} s`);
    await new Promise((r) => setTimeout(r, 5));
  }
}
