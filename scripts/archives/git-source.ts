import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The files of one commit, read through git: a bare mirror, a checkout or a fresh clone alike. */
export interface GitSource {
  list(prefix: string): string[];
  read(path: string): string;
}

export const DIGITALGOV_URL = 'https://github.com/GSA/digitalgov.gov';

/**
 * Without `from`, a shallow clone with no checkout: the repository carries large slide decks and
 * photos we never read, and reading through git works the same on a bare mirror.
 */
export function openSource(from: string | undefined): GitSource {
  let repo = from;
  if (!repo) {
    repo = join(mkdtempSync(join(tmpdir(), 'digitalgov-')), 'repo');
    console.log(`cloning ${DIGITALGOV_URL} into ${repo}`);
    execFileSync('git', ['clone', '--depth', '1', '--no-checkout', DIGITALGOV_URL, repo], { stdio: 'inherit' });
  }
  const git = (args: string[]) => execFileSync('git', ['-C', repo, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  return {
    list: (prefix) => git(['ls-tree', '-r', '-z', '--name-only', 'HEAD', '--', prefix]).split('\0').filter(Boolean),
    // One process per file is slow for 3,000 files, but keeps each read's failure its own.
    read: (path) => {
      const result = spawnSync('git', ['-C', repo, 'show', `HEAD:${path}`], { encoding: 'utf8', maxBuffer: 1 << 26 });
      if (result.status !== 0) throw new Error(`git show HEAD:${path}: ${result.stderr.trim()}`);
      return result.stdout;
    },
  };
}
