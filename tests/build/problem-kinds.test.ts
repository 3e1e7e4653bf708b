import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CATALOGUE, type ProblemKindName } from '../../src/check/catalogue/index.ts';
import { checkContent } from '../../src/check/index.ts';
import type { Problem } from '../../src/check/problems.ts';
import site from '../../src/site.config.ts';
import { build, PROJECT_ROOT } from '../helpers/build.ts';
import { copyFixtureContent } from '../helpers/content-copy.ts';
import { AUTHOR_MISTAKES } from '../helpers/mistakes/authors.ts';
import { NOW } from '../helpers/mistakes/run.ts';
import { SAMPLES } from '../helpers/samples/by-kind.ts';
import { writeSample } from '../helpers/samples/sample.ts';

/** Kinds a content folder can hold (the site config's are checked with another config, in the unit test). */
const KINDS = (Object.keys(CATALOGUE) as ProblemKindName[]).filter((name) => !SAMPLES[name].site);
const severity = (s: Problem['severity']) => KINDS.filter((name) => CATALOGUE[name].severity === s);
/** A problem as `npm run check` and a failed build print it. */
const printed = (p: Problem) => `${p.line ? `${p.file}:${p.line}` : p.file}  ${p.field ? `${p.field}: ` : ''}${p.message}`;
const scratch: string[] = [];
afterAll(() => scratch.forEach((root) => rmSync(root, { recursive: true, force: true })));

async function contentWith(kinds: readonly ProblemKindName[]) {
  const copy = copyFixtureContent();
  scratch.push(copy.root);
  for (const name of kinds) await writeSample(copy, SAMPLES[name]);
  return copy;
}

/**
 * The build runs the very checker `npm run check` runs (the story loader stops on its ContentError),
 * so a check that passes lets the build pass if no warning breaks the build: one build of a story for
 * every warning kind proves it. One build of the error kinds shows that it fails with what the check lists.
 */
describe('check passing means build passing, for every kind of problem', () => {
  it('builds content holding every warning kind, which checks with warnings only', async () => {
    const { root } = await contentWith(severity('warning'));
    const { problems } = await checkContent(root, site, 'content', NOW);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(new Set(problems.map((p) => p.kind))).toEqual(new Set(severity('warning')));
    const result = build(join(root, 'content'), join(root, 'dist'));
    expect(result.status, result.output).toBe(0);
    for (const name of severity('warning'))
      for (const file of Object.keys(SAMPLES[name].files ?? {}).filter(
        (f) => f.startsWith('articles/') && name !== 'DraftLinkToUnpublished',
      ))
        expect(existsSync(join(root, 'dist/city', basename(file, '.md'), 'index.html')), `${name}: ${file}`).toBe(true);
  });

  it('fails to build content holding the error kinds, with the problems npm run check lists', async () => {
    const copy = await contentWith(severity('error'));
    // Every author mistake too: authors are loaded through the checker, so Astro's schema never speaks first.
    for (const m of AUTHOR_MISTAKES) copy.write(m.file, m.text);
    // Checked as the build checks it: from the project, the content folder named by BROADSHEET_CONTENT.
    const content = join(copy.root, 'content');
    const check = spawnSync(process.execPath, ['scripts/check.ts', '--format', 'json'], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      env: {
        ...process.env,
        BROADSHEET_CONTENT: content,
        BROADSHEET_CACHE_DIR: join(copy.root, 'check-cache'),
        BROADSHEET_NOW: NOW.toISOString(),
      },
    });
    const listed = (JSON.parse(check.stdout) as { problems: Problem[] }).problems.filter((p) => p.severity === 'error');
    expect(new Set(listed.map((p) => p.kind))).toEqual(new Set(severity('error')));

    const result = build(content, join(copy.root, 'dist'));
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(`The content has ${listed.length} error(s)`);
    for (const p of listed) expect(result.output).toContain(printed(p));
  });
});
