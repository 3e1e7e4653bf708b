import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/index.ts';
import site from '../../src/site.config.ts';
import { build } from '../helpers/build.ts';
import { writeGeneratedStories } from '../helpers/generated-stories.ts';
import { NOW } from '../helpers/mistakes/run.ts';

/**
 * check-implies-render.test.ts renders each story the checker passes; this builds them once for real
 * (Astro, photos, feeds, the internal-link pages), after deleting the stories the checker refused.
 */
describe('content the checker passes builds', () => {
  const stories = writeGeneratedStories(300);
  const dist = join(mkdtempSync(join(tmpdir(), 'broadsheet-check-build-')), 'dist');
  afterAll(() => [stories.root, join(dist, '..')].forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('builds every generated and fixture story that checked without errors', async () => {
    const before = await checkContent(stories.root, site, 'content', NOW);
    const failing = new Set(before.problems.filter((p) => p.severity === 'error').map((p) => p.file));
    for (const file of failing) rmSync(join(stories.root, file));
    // Removing a story can break links to it: the content built is one the checker passes as a whole.
    const after = await checkContent(stories.root, site, 'content', NOW);
    expect(after.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(after.stories.length).toBeGreaterThan(100);
    const result = build(join(stories.root, 'content'), dist);
    expect(result.status, result.output.slice(-3_000)).toBe(0);
  });
});
