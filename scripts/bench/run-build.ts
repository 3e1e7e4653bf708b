import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export interface BuildRun {
  seconds: number;
  /** Peak resident memory of the build in MB, when /usr/bin/time is there to measure it. */
  peakMb: number | undefined;
  /** User + system CPU seconds: steadier than wall time on a shared machine. */
  cpuSeconds: number | undefined;
  output: string;
}

/** Runs `npm run build`'s script with the given environment, timing it and measuring peak memory. */
export function runBuild(env: Record<string, string>): BuildRun {
  const timer = existsSync('/usr/bin/time');
  const command = timer ? '/usr/bin/time' : process.execPath;
  const args = timer ? ['-f', 'BROADSHEET_MAXRSS_KB=%M CPU=%U+%S', process.execPath, 'scripts/build.ts'] : ['scripts/build.ts'];
  const started = performance.now();
  const result = spawnSync(command, args, {
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  const output = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) throw new Error(`build failed:\n${output.slice(-4000)}`);
  // /usr/bin/time reports the largest single process: the Astro build itself.
  const kb = /BROADSHEET_MAXRSS_KB=(\d+)/.exec(output)?.[1];
  const cpu = /CPU=([\d.]+)\+([\d.]+)/.exec(output);
  return {
    seconds,
    peakMb: kb ? Math.round(Number(kb) / 1024) : undefined,
    cpuSeconds: cpu ? Number(cpu[1]) + Number(cpu[2]) : undefined,
    output,
  };
}
