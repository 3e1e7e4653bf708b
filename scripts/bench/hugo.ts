import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Hugo from Debian, installed on demand when this machine lets us (root with apt), else absent. */
export function ensureHugo(): boolean {
  if (spawnSync('hugo', ['version']).status === 0) return true;
  if (process.getuid?.() !== 0 || !existsSync('/usr/bin/apt-get')) return false;
  console.log('Installing Debian hugo for the side-by-side figures…');
  spawnSync('apt-get', ['install', '-y', '-qq', 'hugo'], {
    stdio: 'ignore',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return spawnSync('hugo', ['version']).status === 0;
}

export function hugoVersion(): string {
  return spawnSync('hugo', ['version'], { encoding: 'utf8' }).stdout.split(' ')[1] ?? 'unknown';
}

export interface HugoRun {
  /** Hugo and then Pagefind over its output: the same full site (with search) Broadsheet builds. */
  seconds: number;
  hugoSeconds: number;
  peakMb: number | undefined;
  /** User + system CPU seconds of both, when /usr/bin/time can tell: with `seconds`, the cores used. */
  cpuSeconds: number | undefined;
}

/** One timed command, with peak memory when /usr/bin/time can tell. */
function timed(command: string, args: string[]): { seconds: number; peakMb: number | undefined; cpu: number | undefined } {
  const timer = existsSync('/usr/bin/time');
  const started = performance.now();
  const result = spawnSync(timer ? '/usr/bin/time' : command, timer ? ['-f', 'MAXRSS_KB=%M CPU=%U+%S', command, ...args] : args, {
    encoding: 'utf8',
  });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`${command} failed:\n${result.stderr}`);
  const kb = /MAXRSS_KB=(\d+)/.exec(result.stderr)?.[1];
  const cpu = /CPU=([\d.]+)\+([\d.]+)/.exec(result.stderr);
  return {
    seconds,
    peakMb: kb ? Math.round(Number(kb) / 1024) : undefined,
    cpu: cpu ? Number(cpu[1]) + Number(cpu[2]) : undefined,
  };
}

/** One Hugo build of `dir` into `dir/public`, then its search index. */
export function runHugo(dir: string): HugoRun {
  const hugo = timed('hugo', ['--quiet', '--source', dir, '--destination', 'public', '--cleanDestinationDir']);
  const search = timed(join('node_modules', '.bin', 'pagefind'), ['--site', join(dir, 'public'), '--quiet']);
  return {
    seconds: hugo.seconds + search.seconds,
    hugoSeconds: hugo.seconds,
    peakMb: Math.max(hugo.peakMb ?? 0, search.peakMb ?? 0) || undefined,
    cpuSeconds: hugo.cpu === undefined || search.cpu === undefined ? undefined : hugo.cpu + search.cpu,
  };
}
