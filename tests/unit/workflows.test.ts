import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { photoCacheDir } from '../../src/photos/derivative-jobs.ts';
import { PROJECT_ROOT } from '../helpers/build.ts';

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, string>;
}
interface Job {
  steps: Step[];
  needs?: string;
  permissions?: Record<string, string>;
  environment?: { name: string };
}
interface Workflow {
  on: Record<string, unknown>;
  jobs: Record<string, Job>;
}

const workflow = (name: string) => parse(readFileSync(join(PROJECT_ROOT, '.github/workflows', name), 'utf8')) as Workflow;
const steps = (w: Workflow) => Object.values(w.jobs).flatMap((j) => j.steps);
const using = (w: Workflow, action: string) => steps(w).filter((s) => s.uses?.startsWith(`${action}@`));
const runs = (w: Workflow) => steps(w).flatMap((s) => (s.run ? [s.run.trim()] : []));

// actionlint (`npm run lint:workflows`, part of `npm test`) checks syntax, expressions and action inputs;
// these check that the workflows do what the newsroom relies on.
describe('the pull-request workflow', () => {
  const ci = workflow('ci.yml');

  it('checks the content, builds, tests, and attaches the built site', () => {
    expect(Object.keys(ci.on)).toContain('pull_request');
    expect(runs(ci)).toEqual(expect.arrayContaining(['npm ci', 'npm run check -- --format github', 'npm run build', 'npm test']));
    expect(using(ci, 'actions/upload-artifact').map((s) => s.with?.['path'])).toContain('dist/');
  });

  it("runs the browser tests on Debian's Chromium, with Node from .nvmrc", () => {
    expect(runs(ci).some((r) => /apt-get install[\s\S]*\bchromium\b/.test(r))).toBe(true);
    expect(using(ci, 'actions/setup-node')[0]?.with).toMatchObject({ 'node-version-file': '.nvmrc', cache: 'npm' });
  });
});

describe('the deploy workflow', () => {
  const deploy = workflow('deploy.yml');

  it('deploys main to GitHub Pages with the official actions', () => {
    expect(deploy.on['push']).toEqual({ branches: ['main'] });
    expect(using(deploy, 'actions/upload-pages-artifact')[0]?.with?.['path']).toBe('dist/');
    const job = Object.values(deploy.jobs).find((j) => j.steps.some((s) => s.uses?.startsWith('actions/deploy-pages@')));
    expect(job?.needs).toBe('build');
    expect(job?.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(job?.environment?.name).toBe('github-pages');
    expect(runs(deploy)).toEqual(expect.arrayContaining(['npm run check -- --format github', 'npm run build']));
  });

  it('installs production dependencies only (the pull-request workflow installs all: it runs the tests)', () => {
    for (const publishing of [deploy, workflow('deploy-s3.yml')]) {
      expect(runs(publishing)).toContain('npm ci --omit=dev');
      expect(runs(publishing)).not.toContain('npm ci');
    }
    expect(runs(workflow('ci.yml'))).toContain('npm ci');
  });

  it('rebuilds on a schedule so scheduled stories go live, and by hand', () => {
    expect(deploy.on['schedule']).toEqual([{ cron: '*/15 * * * *' }]);
    expect(Object.keys(deploy.on)).toContain('workflow_dispatch');
  });

  it('caches npm and the encoded photos where the build keeps them', () => {
    expect(using(deploy, 'actions/setup-node')[0]?.with).toMatchObject({ 'node-version-file': '.nvmrc', cache: 'npm' });
    for (const w of [deploy, workflow('ci.yml')]) {
      const paths = using(w, 'actions/cache')[0]?.with?.['path']?.split('\n').filter(Boolean) ?? [];
      expect(paths).toEqual([photoCacheDir(), '.broadsheet/cache']);
    }
  });
});
