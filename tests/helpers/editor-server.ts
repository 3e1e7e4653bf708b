import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import decap from 'decap-server/dist/middlewares.js';
import express from 'express';
import { FIXTURE_CONTENT } from './content-copy.ts';

/** Runs git in `repo`, as the newsroom's repository would be run. */
export const git = (repo: string, ...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' }).trim();

/** A git repository holding a copy of the fixture paper and the project's public/, on branch main. */
export function fixtureRepository(root: string): string {
  const repo = join(root, 'repo');
  mkdirSync(repo, { recursive: true });
  cpSync(FIXTURE_CONTENT, join(repo, 'content'), { recursive: true });
  cpSync(join(import.meta.dirname, '..', '..', 'public'), join(repo, 'public'), { recursive: true });
  git(repo, 'init', '-q', '-b', 'main');
  git(repo, 'config', 'user.name', 'Courier Desk');
  git(repo, 'config', 'user.email', 'desk@courier.example');
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'The paper');
  return repo;
}

/**
 * The built site at `site`, and decap-server in git mode at `/api/v1/` answering for `repo`, on one
 * address of 127.0.0.1: the deployed editor with a local repository in GitHub's place (a branch per
 * story in review, merged when published, as Decap does with pull requests).
 */
export async function serveEditor(site: string, repo: string): Promise<{ base: string; close: () => Promise<void> }> {
  // decap-server reads the folder it serves from here, when it is registered.
  process.env['GIT_REPO_DIRECTORY'] = repo;
  const app = express();
  await decap.registerLocalGit(app, { logLevel: 'error' });
  app.use(express.static(site));
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  return { base: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
