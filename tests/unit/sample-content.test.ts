import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/index.ts';
import site from '../../src/site.config.ts';
import { PROJECT_ROOT } from '../helpers/build.ts';

describe('the bundled sample content', () => {
  it('is valid, with at least 12 stories across at least 4 sections', async () => {
    const index = await checkContent(PROJECT_ROOT, site, 'content');
    expect(index.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(index.stories.length).toBeGreaterThanOrEqual(12);
    expect(new Set(index.stories.map((a) => a.data.section)).size).toBeGreaterThanOrEqual(4);
  });

  it('has a politics story shaped like a wire story', async () => {
    const index = await checkContent(PROJECT_ROOT, site, 'content');
    const story = index.byId.get('wend-bridge-vote-delayed')!;
    expect(story.data.section).toBe('politics');
    expect(story.data.hero?.credit).toBeDefined();
    expect(story.facts.figures.filter((f) => f.credit)).toHaveLength(2);
    expect(story.facts.related.map((r) => r.label)).toEqual(expect.arrayContaining(['Read More', 'Also Read', 'Read Next']));
  });
});
