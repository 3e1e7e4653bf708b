import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
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
      expect.arrayContaining([expect.stringMatching(/choose one of/), expect.stringMatching(/unknown story "nope"/)]),
    );
  });
});

describe('the site config', () => {
  it("reports a section id the site's own pages use, at its line in src/site.config.ts", async () => {
    const { root } = copyFixtureContent();
    mkdirSync(join(root, 'src'));
    writeFileSync(
      join(root, 'src/site.config.ts'),
      "export default {\n  sections: [\n    { id: 'city' },\n    { id: 'tags' },\n  ],\n};\n",
    );
    const tags = { id: 'tags', name: 'Tags', colour: '#8a1c1c' };
    const { problems } = await checkContent(root, { ...site, sections: [...site.sections, tags] }, 'content', NOW);
    rmSync(root, { recursive: true, force: true });
    expect(problems.filter((p) => p.severity === 'error')).toEqual([
      expect.objectContaining({
        kind: 'ReservedSectionId',
        file: 'src/site.config.ts',
        line: 4,
        field: `sections.${site.sections.length}.id`,
        message: 'the section id "tags" is used by the site\'s own pages',
      }),
    ]);
  });
});
