import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent, type ContentIndex } from '../../src/check/index.ts';
import site from '../../src/site.config.ts';
import { article, copyFixtureContent } from '../helpers/content-copy.ts';

const LINKED = 'Text.\n\nRead More: [[council-vote]]\n';
const PHOTO = '../images/harbour.jpg';

describe('the copy desk', () => {
  let index: ContentIndex;
  const warnings = (file: string) =>
    index.problems.filter((p) => p.file === `content/articles/${file}` && p.severity === 'warning');
  const errors = (file: string) => index.problems.filter((p) => p.file === `content/articles/${file}` && p.severity === 'error');

  beforeAll(async () => {
    const copy = copyFixtureContent();
    // Every story gets a headline of its own, so only the twins below share one.
    const write = (path: string, text: string) =>
      copy.write(path, text.replace(/^headline: A headline$/m, `headline: Story ${path.replace(/\W+/g, ' ')}`));
    write('articles/clean.md', article({ related: '[council-vote]' }));
    write('articles/no-dek.md', article({ dek: undefined }, LINKED));
    write('articles/long-headline.md', article({ headline: 'Word '.repeat(23).trim() }, LINKED));
    write('articles/long-dek.md', article({ dek: 'x'.repeat(201) }, LINKED));
    write('articles/dek-200.md', article({ dek: 'x'.repeat(200) }, LINKED));
    write('articles/body-no-alt.md', article({}, `Text.\n\n![](${PHOTO})\nCredit: Reuters/Jane Doe\n\n${LINKED}`));
    write('articles/body-vague-alt.md', article({}, `Text.\n\n![IMG_2041.jpg](${PHOTO})\nCredit: Reuters/Jane Doe\n\n${LINKED}`));
    write('articles/hero-vague-alt.md', article({ hero: `\n  src: ${PHOTO}\n  alt: Photo\n  credit: Reuters/Jane Doe` }, LINKED));
    write('articles/hero-no-credit.md', article({ hero: `\n  src: ${PHOTO}\n  alt: A quay at dusk` }, LINKED));
    write('articles/body-no-credit.md', article({}, `Text.\n\n![A quay at dusk](${PHOTO})\n\n${LINKED}`));
    write('articles/draft-to-draft.md', article({ draft: 'true' }, 'Text.\n\nRead More: [[draft-story]]\n'));
    write('articles/draft-to-later.md', article({ draft: 'true', related: '[scheduled]' }));
    write('articles/scheduled.md', article({ published: '2026-12-24 10:00' }, LINKED));
    write('articles/live-to-draft.md', article({ related: '[draft-story]' }));
    write('articles/unlinked.md', article({}));
    write('articles/twin-a.md', article({ headline: 'Harbour fees to rise' }, LINKED));
    write('articles/twin-b.md', article({ headline: '  HARBOUR fees to rise!' }, LINKED));
    write('articles/placeholder.md', article({}, `Write the story here, most important fact first.\n\n${LINKED}`));
    index = await checkContent(copy.root, site, 'content', new Date('2026-11-24T12:00:00Z'));
  });

  it('has nothing to say about a complete story', () => {
    expect(warnings('clean.md')).toEqual([]);
    expect(warnings('dek-200.md')).toEqual([]);
  });

  it.each<[string, { field?: string; line?: number; message: RegExp }]>([
    ['no-dek.md', { field: 'dek', message: /no dek/ }],
    ['long-headline.md', { field: 'headline', line: 2, message: /headline is 114 characters long/ }],
    ['long-dek.md', { field: 'dek', line: 3, message: /dek is 201 characters long/ }],
    ['body-vague-alt.md', { line: 11, message: /"IMG_2041.jpg" does not describe the photo/ }],
    ['hero-vague-alt.md', { field: 'hero.alt', line: 9, message: /"Photo" does not describe the photo/ }],
    ['hero-no-credit.md', { field: 'hero.credit', message: /lead photo has no credit/ }],
    ['body-no-credit.md', { line: 11, message: /photo has no credit/ }],
    ['draft-to-draft.md', { line: 12, message: /related link to "draft-story", which is a draft/ }],
    ['draft-to-later.md', { field: 'related.0.id', line: 8, message: /related link to "scheduled", which is not out yet/ }],
    ['unlinked.md', { field: 'related', message: /links to no other story/ }],
    ['twin-a.md', { field: 'headline', line: 2, message: /same headline as content\/articles\/twin-b\.md/ }],
    ['twin-b.md', { field: 'headline', line: 2, message: /same headline as content\/articles\/twin-a\.md/ }],
    ['placeholder.md', { line: 9, message: /placeholder text from `npm run new`/ }],
  ])('%s: warns, with the place and a fix', (file, expected) => {
    const found = warnings(file).filter((w) => expected.message.test(w.message));
    expect(found, JSON.stringify(warnings(file))).toHaveLength(1);
    const [warning] = found;
    if (expected.field) expect(warning?.field).toBe(expected.field);
    if (expected.line) expect(warning?.line).toBe(expected.line);
    expect(warning?.hint).toBeTruthy();
    expect(errors(file)).toEqual([]);
  });

  it('leaves a photo with no alt text at all, and a live story linking to a draft, as errors', () => {
    expect(errors('body-no-alt.md').map((p) => p.message)).toEqual([expect.stringMatching(/^the photo ".*" has no alt text$/)]);
    expect(errors('live-to-draft.md').map((p) => p.message)).toEqual([expect.stringMatching(/which is a draft/)]);
    expect(warnings('live-to-draft.md').filter((p) => /draft/.test(p.message))).toEqual([]);
  });
});
