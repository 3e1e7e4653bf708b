import { describe, expect, it } from 'vitest';
import { frontPage } from '../../src/site/front-page.ts';
import type { Story } from '../../src/site/stories.ts';

const sections = [
  { id: 'politics', name: 'Politics', colour: '#8a1c1c' },
  { id: 'sport', name: 'Sport', colour: '#0f6a6a' },
  { id: 'culture', name: 'Culture', colour: '#8a4b12' },
];
const story = (id: string, section: string, hero: boolean) =>
  ({ id, section: sections.find((s) => s.id === section)!, data: { hero: hero ? {} : undefined } }) as unknown as Story;

describe('the front page', () => {
  const stories = [
    story('a', 'politics', false),
    story('b', 'sport', true),
    story('c', 'politics', true),
    story('d', 'sport', false),
    story('e', 'politics', true),
    story('f', 'politics', false),
  ];
  const front = frontPage(stories, sections, { secondary: 1, perSection: 2, latest: 3 });

  it('leads with the newest story that has a photo', () => {
    expect(front.lead?.id).toBe('b');
    expect(front.secondary.map((s) => s.id)).toEqual(['c']);
  });

  it('fills each section block with its newest stories not already shown, skipping empty sections', () => {
    expect(front.blocks.map((b) => [b.section.id, b.stories.map((s) => s.id)])).toEqual([
      ['politics', ['a', 'e']],
      ['sport', ['d']],
    ]);
  });

  it('keeps a river of the latest headlines', () => {
    expect(front.latest.map((s) => s.id)).toEqual(['a', 'b', 'c']);
  });
});
