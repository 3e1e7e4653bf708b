import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { watchTreeMemory } from './tree-memory.ts';

export interface BuildRun {
  seconds: number;
  /** Peak resident memory of the largest single process of the build (Astro or Pagefind), in MB. */
  peakMb: number | undefined;
  /** Peak of all the build's processes together, in MB. */
  treePeakMb: number | undefined;
  /** User + system CPU seconds: steadier than wall time on a shared machine. */
  cpuSeconds: number | undefined;
  output: string;
}

/** Runs `npm run build`'s script with the given environment, timing it and measuring peak memory. */
export function runBuild(env: Record<string, string>): Promise<BuildRun> {
  return runScript('scripts/build.ts', [], env);
}

/**
 * Runs one of the project's scripts (`scripts/import.ts …`), timed and measured the same way; `cwd`
 * (the project's root when not given) is where it runs and where `script` is found.
 */
export async function runScript(
  script: string,
  scriptArgs: string[],
  env: Record<string, string>,
  cwd?: string,
): Promise<BuildRun> {
  const timer = existsSync('/usr/bin/time');
  const command = timer ? '/usr/bin/time' : process.execPath;
  const args = timer ? ['-f', 'BROADSHEET_CPU=%U+%S', process.execPath, script, ...scriptArgs] : [script, ...scriptArgs];
  const started = performance.now();
  const child = spawn(command, args, { cwd, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
  const memory = watchTreeMemory(child.pid!);
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const seconds = (performance.now() - started) / 1000;
  const peak = memory.stop();
  if (status !== 0) throw new Error(`${script} failed:\n${output.slice(-4000)}`);
  const cpu = /BROADSHEET_CPU=([\d.]+)\+([\d.]+)/.exec(output);
  return {
    seconds,
    peakMb: peak.processMb || undefined,
    treePeakMb: peak.treeMb || undefined,
    cpuSeconds: cpu ? Number(cpu[1]) + Number(cpu[2]) : undefined,
    output,
  };
}
