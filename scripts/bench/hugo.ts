import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

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

/** One Hugo build of `dir`, timed, with peak memory when /usr/bin/time can tell. */
export function runHugo(dir: string): { seconds: number; peakMb: number | undefined } {
  const timer = existsSync('/usr/bin/time');
  const args = ['--quiet', '--source', dir, '--destination', 'public', '--cleanDestinationDir'];
  const started = performance.now();
  const result = spawnSync(timer ? '/usr/bin/time' : 'hugo', timer ? ['-f', 'MAXRSS_KB=%M', 'hugo', ...args] : args, {
    encoding: 'utf8',
  });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`hugo failed:\n${result.stderr}`);
  const kb = /MAXRSS_KB=(\d+)/.exec(result.stderr)?.[1];
  return { seconds, peakMb: kb ? Math.round(Number(kb) / 1024) : undefined };
}
