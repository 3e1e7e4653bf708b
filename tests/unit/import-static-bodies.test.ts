import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SourceReader } from '../../src/import/source.ts';
import { hugoReader, jekyllReader } from '../../src/import/static-site/index.ts';
import { problemsIn } from '../helpers/body-problems.ts';
import { PROJECT_ROOT } from '../helpers/build.ts';

const fixture = (name: string) => join(PROJECT_ROOT, 'tests/fixtures/import', name);

// What the readers make of shortcodes and Liquid is Broadsheet Markdown the checker accepts as it is,
// before the importer rewrites a single link: a figure is a photo with its credit, an embed a link.
describe.each([
  ['Hugo', hugoReader(fixture('hugo'), { timezone: 'UTC' })],
  ['Jekyll', jekyllReader(fixture('jekyll'), { timezone: 'UTC' })],
] as [string, SourceReader][])('the %s fixture’s Markdown bodies', (_name, reader) => {
  it('have no problem the body check finds', async () => {
    const found: string[] = [];
    for await (const post of reader.posts()) {
      if (post.body.format !== 'markdown') continue;
      for (const problem of problemsIn(post.body.text)) found.push(`${post.origin}: ${problem.severity} ${problem.kind}`);
    }
    expect(found).toEqual([]);
  });
});
