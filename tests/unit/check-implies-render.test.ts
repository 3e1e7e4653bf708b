import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, resolveLinks } from '../../src/check/index.ts';
import { storyRenderer } from '../../src/markdown/render.ts';
import site from '../../src/site.config.ts';
import { writeGeneratedStories } from '../helpers/generated-stories.ts';
import { NOW } from '../helpers/mistakes/run.ts';

/**
 * The promise of `npm run check`: a story it passes renders. Checked as the check command does (one
 * checkContent over one content folder), rendered as the loader does (src/load/body-renders.ts).
 */
describe('a story the checker passes renders', () => {
  const stories = writeGeneratedStories(300);
  afterAll(() => rmSync(stories.root, { recursive: true, force: true }));

  it('for 300 generated bodies and every fixture body', async () => {
    const index = await checkContent(stories.root, site, 'content', NOW);
    const failing = new Set(index.problems.filter((p) => p.severity === 'error').map((p) => p.file));
    const renderer = storyRenderer(site.url);
    const clean = index.stories.filter((s) => stories.files.includes(s.source.file) && !failing.has(s.source.file));
    const threw: string[] = [];
    for (const story of clean) {
      try {
        await renderer.render(renderer.parse(story.body), resolveLinks(story, index.byId), story.source.absPath);
      } catch (error) {
        threw.push(`${story.source.file}: ${(error as Error).message}`);
      }
    }
    expect(threw).toEqual([]);
    // The generator must exercise both sides: stories refused and stories passed.
    expect(clean.length).toBeGreaterThan(50);
    expect(stories.files.length - clean.length).toBeGreaterThan(50);
  });
});
