import { spawnSync } from 'node:child_process';
import { PROJECT_ROOT } from './build.ts';
import { article, copyFixtureContent } from './content-copy.ts';

/** The moment checks run at, so scheduled fixture stories stay scheduled. */
export const NOW = { BROADSHEET_NOW: '2026-11-24T12:00:00Z' };

/** Runs `npm run check` (scripts/check.ts) on the content under `root`, as a person or CI would. */
export function check(root: string, args: string[] = []) {
  const result = spawnSync(process.execPath, ['scripts/check.ts', '--root', root, ...args], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...NOW },
  });
  return { status: result.status, out: result.stdout, err: result.stderr };
}

/** A copy of the fixture content with one error and a few warnings in two files. */
export function brokenCopy() {
  const copy = copyFixtureContent();
  copy.write('articles/bad.md', article({ section: 'sports', dek: undefined }, 'Text.\n'));
  return copy;
}
