import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/index.ts';
import site from '../../src/site.config.ts';
import { article } from '../helpers/content-copy.ts';
import { FILE_MISTAKES } from '../helpers/mistakes/file.ts';
import { body } from '../helpers/mistakes/mistake.ts';
import { checkMistakes, NOW } from '../helpers/mistakes/run.ts';

describe('the fixture content', () => {
  it('has no errors', async () => {
    const index = await checkContent(join(import.meta.dirname, '..', 'fixtures', 'site'), site, 'content', NOW);
    expect(index.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(index.stories).toHaveLength(8);
  });
});

describe('mistakes in the file itself, checked in one run', () => {
  const { errorsIn, index } = checkMistakes(FILE_MISTAKES, ({ write }) => {
    write('articles/windows.md', `\uFEFF${article({ headline: 'Saved on Windows' })}`.replace(/\n/g, '\r\n'));
    write('articles/old-mac.md', article({ headline: 'Saved on an old Mac' }).replace(/\n/g, '\r'));
    write(
      'articles/comments.md',
      body('Text.\n\n<!-- Editor: check the figures with the council -->\n\nMore <!-- inline note --> text.\n'),
    );
  });

  it('accepts a BOM, Windows and old Mac line endings, and HTML comments', () => {
    for (const file of ['windows.md', 'old-mac.md', 'comments.md']) expect(errorsIn(`articles/${file}`)).toEqual([]);
    expect(index().byId.get('windows')?.data.headline).toBe('Saved on Windows');
  });
});
