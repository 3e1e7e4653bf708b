import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/index.ts';
import site from '../../src/site.config.ts';
import { article, copyFixtureContent } from '../helpers/content-copy.ts';
import { LINK_MISTAKES } from '../helpers/mistakes/links.ts';
import { checkMistakes, NOW } from '../helpers/mistakes/run.ts';

describe('links to authors and stories, and old addresses, checked in one run', () => {
  const { errorsIn } = checkMistakes(LINK_MISTAKES, ({ write }) => {
    write('articles/later-story.md', article({ published: '2026-12-25 10:00' }));
  });

  it('accepts the scheduled story they link to', () => {
    expect(errorsIn('articles/later-story.md')).toEqual([]);
  });

  it('still checks the body links of an article whose frontmatter is wrong', async () => {
    const { root, write } = copyFixtureContent();
    write('articles/bad-both.md', article({ section: 'sports' }, 'Read More: [[nope]]\n'));
    const messages = (await checkContent(root, site, 'content', NOW)).problems.map((p) => p.message);
    rmSync(root, { recursive: true, force: true });
    expect(messages).toEqual(
      expect.arrayContaining([expect.stringMatching(/choose one of/), expect.stringMatching(/unknown article "nope"/)]),
    );
  });
});
