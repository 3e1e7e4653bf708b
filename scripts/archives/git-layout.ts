import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * A repository to read from: `from` (a checkout, a clone or a bare mirror) as it is, else a shallow
 * clone of `url` without a checkout into a temporary folder (removed by the caller with `done`).
 */
export function repository(from: string | undefined, url: string): { repo: string; done(): void } {
  if (from) return { repo: resolve(from), done: () => {} };
  const temp = mkdtempSync(join(tmpdir(), 'archive-'));
  const repo = join(temp, 'repo');
  console.log(`cloning ${url} into ${repo}`);
  execFileSync('git', ['clone', '--depth', '1', '--no-checkout', url, repo], { stdio: 'inherit' });
  return { repo, done: () => rmSync(temp, { recursive: true, force: true }) };
}

/** Which of `paths` (files or folders) the commit `HEAD` of `repo` has. */
export function present(repo: string, paths: readonly string[]): string[] {
  const listed = execFileSync('git', ['-C', repo, 'ls-tree', '--name-only', 'HEAD', '--', ...paths], { encoding: 'utf8' });
  return listed.split('\n').filter(Boolean);
}

/**
 * Writes `paths` of the commit `HEAD` into `out` (emptied first, so nothing deleted upstream
 * lingers): `git archive HEAD <paths> | tar -x`, with `strip` leading folders taken off. Reading the
 * commit through git works the same on a bare mirror and never touches a checkout's work tree.
 */
export function layOut(repo: string, paths: readonly string[], out: string, strip = 0): { missing: string[] } {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const missing = missingFiles(repo, paths);
  const pathspecs = [...paths, ...missing.map((path) => `:(exclude,literal)${path}`)];
  // git still names each missing file on stderr while leaving it out: quiet, since they are listed after.
  const tar = execFileSync('git', ['-C', repo, 'archive', '--format=tar', 'HEAD', '--', ...pathspecs], {
    maxBuffer: 1 << 30,
    stdio: 'pipe',
  });
  execFileSync('tar', ['-x', '-C', out, ...(strip ? [`--strip-components=${strip}`] : [])], { input: tar });
  return { missing };
}

/**
 * Files of `paths` whose contents the repository lacks: a mirror made without its largest files
 * lists them but cannot give them, and `git archive` stops at the first. They are left out, and named.
 */
function missingFiles(repo: string, paths: readonly string[]): string[] {
  const tree = execFileSync('git', ['-C', repo, 'ls-tree', '-r', '-z', 'HEAD', '--', ...paths], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const entries = tree
    .split('\0')
    .filter(Boolean)
    .map((line) => /^\d+ blob ([0-9a-f]+)\t(.*)$/s.exec(line))
    .filter((m) => m !== null);
  const input = entries.map((m) => m[1]).join('\n') + '\n';
  const checked = execFileSync('git', ['-C', repo, 'cat-file', '--batch-check'], { input, encoding: 'utf8', maxBuffer: 1 << 28 });
  return checked
    .split('\n')
    .map((line, i) => (line.endsWith(' missing') ? entries[i]?.[2] : undefined))
    .filter((path): path is string => path !== undefined);
}

/** The commit laid out, for the record: `4979583 Merge pull request …`. */
export function headCommit(repo: string): string {
  return execFileSync('git', ['-C', repo, 'log', '-1', '--format=%h %s', 'HEAD'], { encoding: 'utf8' }).trim();
}
