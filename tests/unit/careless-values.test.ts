import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/index.ts';
import site from '../../src/site.config.ts';
import { article, copyFixtureContent } from '../helpers/content-copy.ts';

const NOW = new Date('2026-11-24T12:00:00Z');

async function report(root: string) {
  const { problems } = await checkContent(root, site, 'content', NOW);
  return problems.filter((p) => p.severity === 'error').map((p) => `${p.file}:${p.line} ${p.field}: ${p.message}`);
}

describe('dates later than the build', () => {
  it('refuses an update or a correction that has not happened yet; a scheduled story may give its own time', async () => {
    const { root, write } = copyFixtureContent();
    const fields = { related: '[council-vote]' };
    write('articles/updated.md', article({ ...fields, updated: '2062-11-20 10:00' }));
    write('articles/corrected.md', article({ ...fields, corrections: '\n  - date: 2099-01-01 10:00\n    text: Fixed.' }));
    write('articles/scheduled.md', article({ ...fields, published: '2026-12-01 09:00', updated: '2026-12-01 09:00' }));
    write('articles/an-hour-ago.md', article({ ...fields, updated: '2026-11-24 11:00' }));
    expect((await report(root)).sort()).toEqual([
      'content/articles/corrected.md:9 corrections.0.date: the correction (2099-01-01 10:00) is dated later than now (2026-11-24 12:00)',
      'content/articles/updated.md:8 updated: `updated` (2062-11-20 10:00) is later than now (2026-11-24 12:00)',
    ]);
  });
});
