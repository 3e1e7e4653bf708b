import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { builds } from '../helpers/budget.ts';
import { PROJECT_ROOT } from '../helpers/build.ts';
import { startBuild, until } from '../helpers/build-process.ts';
import { article, copyFixtureContent } from '../helpers/content-copy.ts';

// Builds of one project run side by side: a test's beside an editor's, CI's shards on one runner.
// Astro puts the code of a site's pages in the output folder, or, when that folder is outside the
// project, in the project's one `.astro/.prerender/`, which the first build to finish deletes under
// the other ("Cannot find module … .prerender/chunks/…", seen with the suite beside a build).
const copies: string[] = [];
const projectPages = join(PROJECT_ROOT, '.astro', '.prerender');
afterAll(() => copies.forEach((root) => rmSync(root, { recursive: true, force: true })));

async function bothBuilds() {
  const [small, large] = [copyFixtureContent(), copyFixtureContent()];
  copies.push(small.root, large.root);
  // More pages, so the large build is still rendering when the small one ends and cleans up.
  for (let i = 10; i < 70; i++)
    large.write(`articles/archive/old-${i}.md`, article({ headline: `Archive story ${i}`, published: '2025-01-10 10:00' }));
  const first = startBuild(join(large.root, 'content'), join(large.root, 'dist'));
  await until(() => existsSync(join(large.root, '.astro-cache')), first, 'the large build starting');
  const second = startBuild(join(small.root, 'content'), join(small.root, 'dist'));
  // Whether the two ever share the project's folder of page code: they must not, at any moment.
  let shared = false;
  while (!first.exited() || !second.exited()) {
    shared ||= existsSync(projectPages);
    await new Promise((r) => setTimeout(r, 5));
  }
  return { shared, results: await Promise.all([first.done, second.done]), small, large };
}

describe('two builds of one project at once', () => {
  it(
    'both finish, each into its own folder outside the project, sharing no folder of page code',
    async () => {
      const { shared, results, small, large } = await bothBuilds();
      for (const r of results) expect(r.status, r.output).toBe(0);
      expect(shared, `${projectPages} was used`).toBe(false);
      expect(readdirSync(join(large.root, 'dist/archive')).length).toBeGreaterThan(0);
      expect(readdirSync(join(small.root, 'dist/city')).length).toBeGreaterThan(0);
    },
    builds(2),
  );
});
