import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/index.ts';
import site from '../../src/site.config.ts';
import { article, copyFixtureContent } from '../helpers/content-copy.ts';
import { NOW } from '../helpers/mistakes/run.ts';

const problemsOf = async (root: string, file: string) =>
  (await checkContent(root, site, 'content', NOW)).problems
    .filter((p) => p.file === `content/articles/${file}`)
    .map((p) => ({ kind: p.kind, line: p.line, field: p.field }));

const GULLS = '![Gulls on the pier](../images/gulls.jpg)\nCredit: Reuters/Jane Doe\n';

// An editor fixes what one run lists: a problem that shows up only once the others are fixed costs a round trip.
describe('every problem of a file, in one run', () => {
  it('lists all seven mistakes of a story whose frontmatter fails, its photo files and authors included', async () => {
    const { root, write } = copyFixtureContent();
    const hero = '\n  src: ../images/harbor.jpg\n  alt: Boats at the quay\n  credit: Reuters/Jane Doe';
    const fields = { dek: '""', section: 'sports', tags: '[Wend Bridge]', authors: '[ada-reporter, mara-okafr]', hero };
    write(
      'articles/seven.md',
      article({ ...fields, published: '2026-02-30 10:00', related: '[council-vote]' }, `Text.\n\n${GULLS}`),
    );
    const found = await problemsOf(root, 'seven.md');
    expect(found).toEqual(
      expect.arrayContaining([
        { kind: 'EmptyField', line: 3, field: 'dek' },
        { kind: 'UnknownSection', line: 4, field: 'section' },
        { kind: 'UnknownAuthor', line: 5, field: 'authors.1' },
        { kind: 'InvalidDate', line: 6, field: 'published' },
        { kind: 'InvalidTag', line: 7, field: 'tags.0' },
        { kind: 'PhotoMissing', line: 9, field: 'hero.src' },
        { kind: 'PhotoMissing', line: 17, field: undefined },
      ]),
    );
    expect(found).toHaveLength(7);
  });

  it('checks the body of a story whose frontmatter is not valid YAML', async () => {
    const { root, write } = copyFixtureContent();
    const body = `Text.\n\n![](../images/harbour.jpg)\nCredit: Reuters/Jane Doe\n\n${GULLS}`;
    write('articles/yaml.md', `---\nheadline: "Unclosed\n---\n\n${body}`);
    expect(await problemsOf(root, 'yaml.md')).toEqual([
      { kind: 'InvalidYaml', line: 2, field: undefined },
      { kind: 'PhotoWithoutAlt', line: 7, field: undefined },
      { kind: 'PhotoMissing', line: 10, field: undefined },
    ]);
  });

  it('reports a value the schema refused once, not again as a missing file', async () => {
    const { root, write } = copyFixtureContent();
    write(
      'articles/names.md',
      article({ authors: '[Ada Reporter]', hero: '\n  src: 12\n  alt: A quay', related: '[council-vote]' }),
    );
    const kinds = (await problemsOf(root, 'names.md')).map((p) => p.kind).sort();
    expect(kinds).toEqual(['InvalidAuthorId', 'WrongType']);
  });
});
