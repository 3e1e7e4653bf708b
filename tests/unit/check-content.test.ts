import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent, type ContentIndex } from '../../src/lib/check-content.ts';
import type { Problem } from '../../src/lib/problems.ts';
import site from '../../src/site.config.ts';
import { article, copyFixtureContent } from '../helpers/content-copy.ts';

describe('the fixture content', () => {
  it('has no errors', async () => {
    const index = await checkContent(join(import.meta.dirname, '..', 'fixtures', 'site'), site, 'content');
    expect(index.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(index.articles).toHaveLength(4);
  });
});

interface Expected {
  field?: string;
  line?: number;
  message: RegExp;
  hint?: RegExp;
}

describe('a broken copy of the content', () => {
  let index: ContentIndex;
  const find = (file: string) => index.problems.filter((p) => p.file.endsWith(`content/articles/${file}`));
  const one = (file: string): Problem => {
    const found = find(file).filter((p) => p.severity === 'error');
    expect(found, `${file}: ${JSON.stringify(find(file))}`).toHaveLength(1);
    return found[0]!;
  };

  beforeAll(async () => {
    const { root, write } = copyFixtureContent();
    write('articles/yaml.md', '---\nheadline: "Unclosed\nsection: city\n---\n\nText.\n');
    write('articles/no-headline.md', article({ headline: undefined }));
    write('articles/typo.md', article({ headlin: 'Typo' }));
    write('articles/section.md', article({ section: 'sports' }));
    write('articles/date.md', article({ published: '2026-02-30 10:00' }));
    write('articles/author.md', article({ authors: '[ada-reporter, nobody-here]' }));
    write('articles/related.md', article({ related: '\n  - id: tram-delays\n  - id: no-such-story' }));
    write('articles/inline.md', article({}, 'Para one.\n\nRead More: [[missing-story]]\n'));
    write('articles/hero-missing.md', article({ hero: '\n  src: ../images/nope.jpg\n  alt: A photo' }));
    write('articles/hero-alt.md', article({ hero: '\n  src: ../images/harbour.jpg' }));
    write('articles/credit.md', article({}, 'Para.\n\n![A quay](../images/harbour.jpg)\nCredit: Feb 30, 2023: nothing\n'));
    write('articles/other/council-vote.md', article({}));
    write('articles/no-fence.md', 'headline: Forgot the dashes\n');
    write('articles/self.md', article({ related: '[self]' }));
    write('articles/to-draft.md', article({}, 'Text.\n\nAlso Read: [[draft-story]]\n'));
    write('articles/escape.md', article({ hero: '\n  src: ../../../secret.jpg\n  alt: x' }));
    write('articles/empty.md', article({}, ''));
    write('articles/html.md', article({}, 'Text.\n\n<script>alert(1)</script>\n'));
    write('articles/latin1.md', Buffer.concat([Buffer.from(article({}, 'Caf')), Buffer.from([0xe9, 0x0a])]));
    write('articles/corrupt.md', article({ hero: '\n  src: ../images/corrupt.jpg\n  alt: x' }));
    write('images/corrupt.jpg', 'this is not a JPEG');
    write('articles/windows.md', `\uFEFF${article({ headline: 'Saved on Windows' })}`.replace(/\n/g, '\r\n'));
    write('articles/bad-both.md', article({ section: 'sports' }, 'Read More: [[nope]]\n'));
    index = await checkContent(root, site, 'content');
  });

  it.each<[string, Expected]>([
    ['yaml.md', { line: 3, message: /not valid YAML: Missing closing "quote$/ }],
    ['no-headline.md', { field: 'headline', message: /required/ }],
    ['typo.md', { field: 'headlin', line: 7, message: /unknown field `headlin`/, hint: /did you mean `headline`/ }],
    ['section.md', { field: 'section', line: 4, message: /choose one of: politics/ }],
    ['date.md', { field: 'published', line: 6, message: /not a real date/ }],
    ['author.md', { field: 'authors.1', line: 5, message: /unknown author "nobody-here"/ }],
    ['related.md', { field: 'related.1.id', line: 9, message: /unknown article "no-such-story"/ }],
    ['inline.md', { line: 11, message: /unknown article "missing-story"/ }],
    ['hero-missing.md', { field: 'hero.src', line: 8, message: /does not exist/ }],
    ['hero-alt.md', { field: 'hero.alt', message: /required/ }],
    ['credit.md', { line: 11, message: /not a real date/ }],
    ['other/council-vote.md', { message: /already has the id "council-vote"/ }],
    ['no-fence.md', { line: 1, message: /does not start with `---`/ }],
    ['self.md', { field: 'related.0.id', message: /links to itself/ }],
    ['to-draft.md', { line: 11, message: /which is a draft/ }],
    ['escape.md', { field: 'hero.src', message: /outside the content folder/ }],
    ['empty.md', { message: /no body text/ }],
    ['html.md', { line: 11, message: /raw HTML/ }],
    ['latin1.md', { line: 1, message: /not saved as UTF-8/ }],
    ['corrupt.md', { field: 'hero.src', message: /cannot be read as an image/ }],
  ])('%s: one error naming the place and the fix', (file, expected) => {
    const problem = one(file);
    expect(problem.file).toBe(`content/articles/${file}`);
    if (expected.field) expect(problem.field).toBe(expected.field);
    if (expected.line) expect(problem.line).toBe(expected.line);
    expect(problem.message).toMatch(expected.message);
    if (expected.hint) expect(problem.hint).toMatch(expected.hint);
  });

  it('still checks the body links of an article whose frontmatter is wrong', () => {
    const messages = find('bad-both.md').map((p) => p.message);
    expect(messages).toEqual(
      expect.arrayContaining([expect.stringMatching(/choose one of/), expect.stringMatching(/unknown article "nope"/)]),
    );
  });

  it('accepts a BOM and Windows line endings', () => {
    expect(find('windows.md').filter((p) => p.severity === 'error')).toEqual([]);
  });
});
