import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkContent } from '../../src/check/index.ts';
import { GUIDE, guideFile } from '../../src/tooling/generated-files.ts';
import site from '../../src/site.config.ts';
import { PROJECT_ROOT } from '../helpers/build.ts';
import { copyFixtureContent } from '../helpers/content-copy.ts';

const guide = readFileSync(join(PROJECT_ROOT, GUIDE), 'utf8');
const yamlBlocks = [...guide.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);

describe('docs/editing.md', () => {
  it('has the field tables the schemas generate now (run `npm run guide` after changing src/model/schemas/)', async () => {
    const fresh = await guideFile(PROJECT_ROOT, site);
    expect(guide, 'docs/editing.md is stale: run npm run guide').toBe(fresh.text);
  });

  it('lists every story and author field, nested ones included', () => {
    for (const field of ['headline', 'hero.credit.photographer', 'related[].label', 'corrections[].date', 'redirectFrom'])
      expect(guide).toContain(`| \`${field}\``);
    expect(guide).toContain('| `name`');
  });

  it('shows a story example that passes the check as written', async () => {
    const example = yamlBlocks.find((b) => b.startsWith('---\nheadline:'));
    expect(example).toBeDefined();
    const { root, write } = copyFixtureContent();
    // The example's photo and related stories exist in the sample paper; here they are stand-ins.
    write('images/assembly-chamber.jpg', readFileSync(join(PROJECT_ROOT, 'tests/fixtures/site/content/images/harbour.jpg')));
    write('authors/mara-okafor.yaml', 'name: Mara Okafor\n');
    write('authors/tomas-lind.yaml', 'name: Tomas Lind\n');
    write(
      'articles/politics/saltmarket-traders-bridge.md',
      '---\nheadline: A\nsection: city\nauthors: ada-reporter\npublished: 2026-11-01\n---\n\nA.\n',
    );
    write(
      'articles/politics/northgate-by-election.md',
      '---\nheadline: B\nsection: city\nauthors: ada-reporter\npublished: 2026-11-01\n---\n\nB.\n',
    );
    write('articles/politics/example.md', `${example!}\nText.\n`);
    const index = await checkContent(root, site, 'content', new Date('2026-11-24T12:00:00Z'));
    expect(index.problems.filter((p) => p.file.endsWith('example.md'))).toEqual([]);
  });

  it('shows snippets that use only real fields', () => {
    const documented = new Set([...guide.matchAll(/^\| `([^`]+)`/gm)].map((m) => m[1]!.replace(/\[\]/g, '')));
    const paths = (value: unknown, prefix: string): string[] =>
      Array.isArray(value)
        ? value.flatMap((v) => paths(v, prefix))
        : typeof value === 'object' && value !== null
          ? Object.entries(value).flatMap(([k, v]) => [`${prefix}${k}`, ...paths(v, `${prefix}${k}.`)])
          : [];
    for (const block of yamlBlocks) {
      // The credit snippet is what goes under `hero:`.
      const prefix = block.startsWith('credit:') ? 'hero.' : '';
      for (const path of paths(parse(block.replace(/^---$/gm, '')), prefix))
        expect(documented, `\`${path}\` in:\n${block}`).toContain(path);
    }
  });
});
