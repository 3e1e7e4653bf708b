import { copyFileSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent, type ContentIndex } from '../../src/check/index.ts';
import { formatProblems } from '../../src/check/problems.ts';
import site from '../../src/site.config.ts';
import { pngDeclaring, utf16, windows1252 } from '../helpers/bad-files.ts';
import { article, copyFixtureContent, FIXTURE_CONTENT } from '../helpers/content-copy.ts';

const NOW = new Date('2026-11-24T12:00:00Z');

describe('the fixture content', () => {
  it('has no errors', async () => {
    const index = await checkContent(join(import.meta.dirname, '..', 'fixtures', 'site'), site, 'content', NOW);
    expect(index.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(index.articles).toHaveLength(7);
  });
});

interface Mistake {
  /** What the editor did, as the catalogue lists it. */
  mistake: string;
  /** The broken file, relative to the content folder. */
  file: string;
  text: string | Buffer;
  /** Where the one error must point: `undefined` means "the whole file" (line) or "the body" (field). */
  line: number | undefined;
  field: string | undefined;
  message: RegExp;
  hint: RegExp;
}

const hero = (lines: string) => `\n  ${lines.split('\n').join('\n  ')}`;
const quay = 'src: ../images/harbour.jpg\nalt: Boats at the quay';
const body = (text: string) => article({}, text);

/**
 * The catalogue: one file per editor mistake, all checked in a single run. Line numbers count from
 * the opening `---` (line 1); `article()` writes headline, dek, section, authors, published on
 * lines 2–6, any new field from line 7, and a body starting two lines after the closing `---`.
 */
const CATALOGUE: Mistake[] = [
  // The file itself
  {
    mistake: 'no frontmatter at all',
    file: 'articles/no-fence.md',
    text: 'headline: Forgot the dashes\n',
    line: 1,
    field: undefined,
    message: /does not start with `---`/,
    hint: /two lines of `---`/,
  },
  {
    mistake: 'frontmatter never closed',
    file: 'articles/unclosed.md',
    text: '---\nheadline: Open\nsection: city\n\nBody.\n',
    line: 1,
    field: undefined,
    message: /never closed/,
    hint: /add a line `---`/,
  },
  {
    mistake: 'broken YAML: unclosed quote',
    file: 'articles/yaml.md',
    text: '---\nheadline: "Unclosed\nsection: city\n---\n\nText.\n',
    line: 3,
    field: undefined,
    message: /not valid YAML: Missing closing "quote$/,
    hint: /in quotes/,
  },
  {
    mistake: 'broken YAML: tab indentation',
    file: 'articles/tabs.md',
    text: article({ hero: '\n  src: ../images/harbour.jpg\n\talt: A quay' }),
    line: 9,
    field: undefined,
    message: /not valid YAML: Tabs are not allowed/,
    hint: /spaces, not tabs/,
  },
  {
    mistake: 'the same field written twice',
    file: 'articles/twice.md',
    text: article({ dek: 'First dek.\ndek: Second dek.' }),
    line: 4,
    field: undefined,
    message: /not valid YAML: Map keys must be unique/,
    hint: /written twice/,
  },
  {
    mistake: 'frontmatter written as a list',
    file: 'articles/a-list.md',
    text: '---\n- headline\n- section\n---\n\nBody.\n',
    line: 2,
    field: undefined,
    message: /not a set of fields/,
    hint: /`field: value`/,
  },
  {
    mistake: 'file saved as Latin-1 (é in the body)',
    file: 'articles/latin1.md',
    text: Buffer.concat([Buffer.from(body('Caf')), Buffer.from([0xe9, 0x0a])]),
    line: 9,
    field: undefined,
    message: /not saved as UTF-8/,
    hint: /save it again as UTF-8/,
  },
  {
    mistake: 'Windows-1252 curly quotes in the headline',
    file: 'articles/cp1252.md',
    text: windows1252(article({ headline: 'Mayor says “no”' })),
    line: 2,
    field: 'headline',
    message: /not saved as UTF-8/,
    hint: /UTF-8/,
  },
  {
    mistake: 'file saved as UTF-16 ("Unicode")',
    file: 'articles/utf16.md',
    text: utf16(article({})),
    line: 1,
    field: undefined,
    message: /saved as UTF-16/,
    hint: /save it again as UTF-8/,
  },
  {
    mistake: 'file name that cannot be an id',
    file: 'articles/Harbour Fees.md',
    text: article({}),
    line: undefined,
    field: undefined,
    message: /file name "Harbour Fees" cannot be an article id/,
    hint: /rename the file/,
  },
  {
    mistake: 'two stories with the same file name',
    file: 'articles/other/council-vote.md',
    text: article({}),
    line: undefined,
    field: undefined,
    message: /already has the id "council-vote"/,
    hint: /rename one of the files/,
  },
  {
    mistake: 'a mistake in a file saved with BOM and CRLF',
    file: 'articles/windows-error.md',
    text: `\uFEFF${article({ section: 'sports' })}`.replace(/\n/g, '\r\n'),
    line: 4,
    field: 'section',
    message: /choose one of: politics/,
    hint: /one of: politics/,
  },
  // Required fields and wrong types
  {
    mistake: 'missing headline',
    file: 'articles/no-headline.md',
    text: article({ headline: undefined }),
    line: 2,
    field: 'headline',
    message: /required but missing/,
    hint: /every article needs a headline/,
  },
  {
    mistake: 'missing section',
    file: 'articles/no-section.md',
    text: article({ section: undefined }),
    line: 2,
    field: 'section',
    message: /required but missing/,
    hint: /choose one of/,
  },
  {
    mistake: 'missing authors',
    file: 'articles/no-authors.md',
    text: article({ authors: undefined }),
    line: 2,
    field: 'authors',
    message: /required but missing/,
    hint: /author ids/,
  },
  {
    mistake: 'missing publication date',
    file: 'articles/no-published.md',
    text: article({ published: undefined }),
    line: 2,
    field: 'published',
    message: /required but missing/,
    hint: /2026-11-23 08:15/,
  },
  {
    mistake: 'empty headline',
    file: 'articles/empty-headline.md',
    text: article({ headline: '""' }),
    line: 2,
    field: 'headline',
    message: /headline is empty/,
    hint: /fill it in/,
  },
  {
    mistake: 'photo without alt text',
    file: 'articles/hero-alt.md',
    text: article({ hero: hero('src: ../images/harbour.jpg') }),
    line: 7,
    field: 'hero.alt',
    message: /required/,
    hint: /describe the photo/,
  },
  {
    mistake: 'photo without a file',
    file: 'articles/hero-no-src.md',
    text: article({ hero: hero('alt: Boats at the quay') }),
    line: 7,
    field: 'hero.src',
    message: /required/,
    hint: /add `src:` under `hero:`/,
  },
  {
    mistake: 'headline that YAML reads as a number',
    file: 'articles/number.md',
    text: article({ headline: '2026' }),
    line: 2,
    field: 'headline',
    message: /expected text but found the number 2026/,
    hint: /in quotes/,
  },
  {
    mistake: 'draft: yes instead of true',
    file: 'articles/draft-yes.md',
    text: article({ draft: 'yes' }),
    line: 7,
    field: 'draft',
    message: /expected true or false but found the text "yes"/,
    hint: /true or false/,
  },
  {
    mistake: 'tags as text instead of a list',
    file: 'articles/tags-text.md',
    text: article({ tags: 'wend bridge, budget' }),
    line: 7,
    field: 'tags',
    message: /expected a list but found the text/,
    hint: /write a list/,
  },
  {
    mistake: 'hero given as a bare path',
    file: 'articles/hero-path.md',
    text: article({ hero: '../images/harbour.jpg' }),
    line: 7,
    field: 'hero',
    message: /expected sub-fields but found the text/,
    hint: /indent the sub-fields/,
  },
  {
    mistake: 'author name instead of author id',
    file: 'articles/author-name.md',
    text: article({ authors: '[Ada Reporter]' }),
    line: 5,
    field: 'authors.0',
    message: /lower-case words joined by hyphens/,
    hint: /author id/,
  },
  {
    mistake: 'related label too long',
    file: 'articles/label.md',
    text: article({ related: '\n  - id: tram-delays\n    label: Read this other story about the trams today' }),
    line: 9,
    field: 'related.0.label',
    message: /too long: at most 40 characters/,
    hint: /at most 40 characters/,
  },
  // Unknown fields
  {
    mistake: 'typo in a field name',
    file: 'articles/typo.md',
    text: article({ headlin: 'Typo' }),
    line: 7,
    field: 'headlin',
    message: /unknown field `headlin`/,
    hint: /did you mean `headline`/,
  },
  {
    mistake: 'typo in a photo field',
    file: 'articles/hero-typo.md',
    text: article({ hero: hero(`${quay}\ncaptoin: Boats`) }),
    line: 10,
    field: 'hero.captoin',
    message: /unknown field `captoin`/,
    hint: /did you mean `caption`/,
  },
  {
    mistake: 'field name with a capital letter',
    file: 'articles/capital.md',
    text: article({ dek: undefined, Dek: 'A dek.' }),
    line: 6,
    field: 'Dek',
    message: /unknown field `Dek`/,
    hint: /did you mean `dek`/,
  },
  {
    mistake: 'a field the site does not have',
    file: 'articles/priority.md',
    text: article({ priority: 'high' }),
    line: 7,
    field: 'priority',
    message: /unknown field `priority`/,
    hint: /remove it/,
  },
  // Values and dates
  {
    mistake: 'section that does not exist',
    file: 'articles/section.md',
    text: article({ section: 'sports' }),
    line: 4,
    field: 'section',
    message: /choose one of: politics/,
    hint: /one of: politics/,
  },
  {
    mistake: 'tag with spaces and capitals',
    file: 'articles/tag-format.md',
    text: article({ tags: '[Wend Bridge]' }),
    line: 7,
    field: 'tags.0',
    message: /lower-case words joined by hyphens/,
    hint: /wend-bridge/,
  },
  {
    mistake: 'impossible date: 30 February',
    file: 'articles/feb-30.md',
    text: article({ published: '2026-02-30 10:00' }),
    line: 6,
    field: 'published',
    message: /"2026-02-30 10:00" is not a real date/,
    hint: /YYYY-MM-DD HH:mm/,
  },
  {
    mistake: 'impossible date: month 13',
    file: 'articles/month-13.md',
    text: article({ published: '2026-13-01 10:00' }),
    line: 6,
    field: 'published',
    message: /not a real date/,
    hint: /YYYY-MM-DD HH:mm/,
  },
  {
    mistake: 'impossible time: 25:00',
    file: 'articles/time-25.md',
    text: article({ published: '2026-11-20 25:00' }),
    line: 6,
    field: 'published',
    message: /not a real date/,
    hint: /YYYY-MM-DD HH:mm/,
  },
  {
    mistake: 'date in words',
    file: 'articles/date-words.md',
    text: article({ published: 'next Tuesday' }),
    line: 6,
    field: 'published',
    message: /"next Tuesday" is not a real date/,
    hint: /YYYY-MM-DD HH:mm/,
  },
  {
    mistake: 'updated before published',
    file: 'articles/updated.md',
    text: article({ updated: '2026-11-19 09:00' }),
    line: 7,
    field: 'updated',
    message: /`updated` is before `published`/,
    hint: /after `published`/,
  },
  {
    mistake: 'breadcrumb link to a script',
    file: 'articles/crumb.md',
    text: article({ breadcrumbs: '\n  - label: Home\n    href: javascript:alert(1)' }),
    line: 9,
    field: 'breadcrumbs.0.href',
    message: /start the link with \//,
    hint: /start the link with \/ for a page/,
  },
  {
    mistake: 'licence that is not a URL',
    file: 'articles/licence.md',
    text: article({ hero: hero(`${quay}\ncredit:\n  source: Reuters\n  license: CC BY 4.0`) }),
    line: 12,
    field: 'hero.credit.license',
    message: /full URL/,
    hint: /https:\/\//,
  },
  {
    mistake: 'licence link that runs a script',
    file: 'articles/licence-js.md',
    text: article({ hero: hero(`${quay}\ncredit:\n  source: Reuters\n  license: javascript:alert(1)`) }),
    line: 12,
    field: 'hero.credit.license',
    message: /give the licence as a full URL starting with https:\/\//,
    hint: /https:\/\//,
  },
  {
    mistake: 'credit with neither agency nor photographer',
    file: 'articles/credit-empty.md',
    text: article({ hero: hero(`${quay}\ncredit:\n  location: HALLAM`) }),
    line: 10,
    field: 'hero.credit',
    message: /at least a `source`/,
    hint: /add `source:`/,
  },
  {
    mistake: 'body photo credit with an impossible date',
    file: 'articles/credit.md',
    text: body('Para.\n\n![A quay](../images/harbour.jpg)\nCredit: Feb 30, 2023: nothing\n'),
    line: 11,
    field: undefined,
    message: /not a real date/,
    hint: /Credits/,
  },
  // Links between stories
  {
    mistake: 'author without a file',
    file: 'articles/author.md',
    text: article({ authors: '[ada-reporter, nobody-here]' }),
    line: 5,
    field: 'authors.1',
    message: /unknown author "nobody-here"/,
    hint: /add content\/authors\/nobody-here.yaml/,
  },
  {
    mistake: 'related link to a missing story',
    file: 'articles/related.md',
    text: article({ related: '\n  - id: tram-delays\n  - id: no-such-story' }),
    line: 9,
    field: 'related.1.id',
    message: /unknown article "no-such-story"/,
    hint: /existing article/,
  },
  {
    mistake: 'inline link to a missing story',
    file: 'articles/inline.md',
    text: body('Para one.\n\nRead More: [[tram-delay]]\n'),
    line: 11,
    field: undefined,
    message: /unknown article "tram-delay"/,
    hint: /did you mean "tram-delays"/,
  },
  {
    mistake: 'related link to itself',
    file: 'articles/self.md',
    text: article({ related: '[self]' }),
    line: 7,
    field: 'related.0.id',
    message: /links to itself/,
    hint: /another story/,
  },
  {
    mistake: 'inline link to itself',
    file: 'articles/self-inline.md',
    text: body('Text.\n\nRead More: [[self-inline]]\n'),
    line: 11,
    field: undefined,
    message: /links to itself/,
    hint: /another story/,
  },
  {
    mistake: 'inline link to a draft',
    file: 'articles/to-draft.md',
    text: body('Text.\n\nAlso Read: [[draft-story]]\n'),
    line: 11,
    field: undefined,
    message: /"draft-story", which is a draft/,
    hint: /publish that story first/,
  },
  {
    mistake: 'related link to a draft',
    file: 'articles/related-draft.md',
    text: article({ related: '[draft-story]' }),
    line: 7,
    field: 'related.0.id',
    message: /which is a draft/,
    hint: /publish that story first/,
  },
  {
    mistake: 'related link to a story scheduled later',
    file: 'articles/to-later.md',
    text: article({ related: '[later-story]' }),
    line: 7,
    field: 'related.0.id',
    message: /"later-story", which is scheduled for later/,
    hint: /once it is out/,
  },
  {
    mistake: 'body link that runs a script',
    file: 'articles/js-link.md',
    text: body('[Click here](javascript:alert(1)) for more.\n'),
    line: 9,
    field: undefined,
    message: /"javascript:alert\(1\)" is not a web address/,
    hint: /https:\/\//,
  },
  {
    mistake: 'link definition with a data: URL',
    file: 'articles/data-link.md',
    text: body('See [the filing][f].\n\n[f]: data:text/html,hello\n'),
    line: 11,
    field: undefined,
    message: /"data:text\/html,hello" is not a web address/,
    hint: /https:\/\//,
  },
  // Photos
  {
    mistake: 'photo file that does not exist',
    file: 'articles/hero-missing.md',
    text: article({ hero: hero('src: ../images/nope.jpg\nalt: A photo') }),
    line: 8,
    field: 'hero.src',
    message: /photo "..\/images\/nope.jpg" does not exist/,
    hint: /relative to content\/articles\/hero-missing.md/,
  },
  {
    mistake: 'corrupt photo',
    file: 'articles/corrupt.md',
    text: article({ hero: hero('src: ../images/corrupt.jpg\nalt: x') }),
    line: 8,
    field: 'hero.src',
    message: /cannot be read as an image/,
    hint: /export it again/,
  },
  {
    mistake: 'empty photo file',
    file: 'articles/empty-image.md',
    text: article({ hero: hero('src: ../images/empty.jpg\nalt: x') }),
    line: 8,
    field: 'hero.src',
    message: /is an empty file/,
    hint: /export the photo again/,
  },
  {
    mistake: 'photo declaring 400 megapixels (decompression bomb)',
    file: 'articles/bomb.md',
    text: article({ hero: hero('src: ../images/bomb.png\nalt: x') }),
    line: 8,
    field: 'hero.src',
    message: /20000×20000 pixels \(400 megapixels\)/,
    hint: /limit is 100 megapixels/,
  },
  {
    mistake: 'photo path escaping the content folder',
    file: 'articles/escape.md',
    text: article({ hero: hero('src: ../../../secret.jpg\nalt: x') }),
    line: 8,
    field: 'hero.src',
    message: /outside the content folder/,
    hint: /content\/images/,
  },
  {
    mistake: 'absolute photo path',
    file: 'articles/absolute.md',
    text: article({ hero: hero('src: /etc/hostname\nalt: x') }),
    line: 8,
    field: 'hero.src',
    message: /"\/etc\/hostname" is outside the content folder/,
    hint: /relative to this file/,
  },
  {
    mistake: 'photo that is a shortcut to a file outside',
    file: 'articles/symlink.md',
    text: article({ hero: hero('src: ../images/shortcut.jpg\nalt: x') }),
    line: 8,
    field: 'hero.src',
    message: /outside the content folder/,
    hint: /content\/images/,
  },
  {
    mistake: 'photo from another website',
    file: 'articles/remote.md',
    text: article({ hero: hero('src: https://example.org/photo.jpg\nalt: x') }),
    line: 8,
    field: 'hero.src',
    message: /must be files in the content folder/,
    hint: /save the photo under content\/images/,
  },
  {
    mistake: 'photo path with Windows backslashes',
    file: 'articles/backslash.md',
    text: article({ hero: hero('src: ..\\images\\harbour.jpg\nalt: x') }),
    line: 8,
    field: 'hero.src',
    message: /uses backslashes/,
    hint: /forward slashes/,
  },
  {
    mistake: 'body photo that does not exist',
    file: 'articles/body-image.md',
    text: body('![A quay](../images/quay.jpg)\nCredit: Reuters/Jane Doe\n'),
    line: 9,
    field: undefined,
    message: /photo "..\/images\/quay.jpg" does not exist/,
    hint: /check the file name/,
  },
  {
    mistake: 'body photo without alt text',
    file: 'articles/no-alt.md',
    text: body('![](../images/harbour.jpg)\nCredit: Reuters/Jane Doe\n'),
    line: 9,
    field: undefined,
    message: /no alt text/,
    hint: /describe it inside the brackets/,
  },
  {
    mistake: 'photo in the middle of a sentence',
    file: 'articles/loose-image.md',
    text: body('The quay ![A quay](../images/harbour.jpg) at dawn.\n'),
    line: 9,
    field: undefined,
    message: /must stand alone in its paragraph/,
    hint: /blank line before and after/,
  },
  // The body
  {
    mistake: 'empty body',
    file: 'articles/empty.md',
    text: body(''),
    line: 8,
    field: undefined,
    message: /no body text/,
    hint: /below the closing `---`/,
  },
  {
    mistake: 'enormous body (a pasted data dump)',
    file: 'articles/huge.md',
    text: body(`${'word '.repeat(45_000)}\n`),
    line: 9,
    field: undefined,
    message: /body is 220 KB, over the 200 KB limit/,
    hint: /pasted document/,
  },
  {
    mistake: 'raw HTML in the body',
    file: 'articles/html.md',
    text: body('Text.\n\n<script>alert(1)</script>\n'),
    line: 11,
    field: undefined,
    message: /raw HTML is not allowed/,
    hint: /use Markdown instead/,
  },
  {
    mistake: 'HTML hidden behind a comment',
    file: 'articles/comment-trick.md',
    text: body('Text.\n\n<!-- note --><img src=x onerror=alert(1)>\n'),
    line: 11,
    field: undefined,
    message: /raw HTML is not allowed/,
    hint: /HTML comments <!-- --> are fine/,
  },
  {
    mistake: 'control character pasted into the headline',
    file: 'articles/bell.md',
    text: article({ headline: 'Bell\u0007 rings at noon' }),
    line: 2,
    field: 'headline',
    message: /control character U\+0007/,
    hint: /delete it/,
  },
  {
    mistake: 'control character written as a YAML escape',
    file: 'articles/escape-code.md',
    text: article({ dek: '"Red \\e[31m text"' }),
    line: 3,
    field: 'dek',
    message: /control character U\+001B/,
    hint: /delete it/,
  },
  {
    mistake: 'Word line break (vertical tab) in the body',
    file: 'articles/vtab.md',
    text: body('First line\u000bsecond line.\n'),
    line: 9,
    field: undefined,
    message: /control character U\+000B/,
    hint: /delete it/,
  },
  // Authors
  {
    mistake: 'author file with broken YAML',
    file: 'authors/broken.yaml',
    text: 'name: "Unclosed\nrole: Reporter\n',
    line: 3,
    field: undefined,
    message: /not valid YAML/,
    hint: /quotes/,
  },
  {
    mistake: 'control character in an author’s bio',
    file: 'authors/bell.yaml',
    text: 'name: Bell Ringer\nbio: "Rings \\a twice"\n',
    line: 2,
    field: 'bio',
    message: /control character U\+0007/,
    hint: /delete it/,
  },
  {
    mistake: 'author file without a name',
    file: 'authors/no-name.yaml',
    text: 'role: Reporter\n',
    line: 1,
    field: 'name',
    message: /required but missing/,
    hint: /name/,
  },
];

describe('the catalogue of editor mistakes, checked in one run', () => {
  let index: ContentIndex;
  let scratch: string;
  const errorsIn = (file: string) => index.problems.filter((p) => p.file === `content/${file}` && p.severity === 'error');

  beforeAll(async () => {
    const { root, write } = copyFixtureContent();
    scratch = root;
    for (const m of CATALOGUE) write(m.file, m.text);
    // Valid files the mistakes refer to.
    write('articles/later-story.md', article({ published: '2026-12-25 10:00' }));
    write('articles/windows.md', `\uFEFF${article({ headline: 'Saved on Windows' })}`.replace(/\n/g, '\r\n'));
    write('articles/old-mac.md', article({ headline: 'Saved on an old Mac' }).replace(/\n/g, '\r'));
    write(
      'articles/comments.md',
      body('Text.\n\n<!-- Editor: check the figures with the council -->\n\nMore <!-- inline note --> text.\n'),
    );
    write('images/corrupt.jpg', 'this is not a JPEG');
    write('images/empty.jpg', '');
    write('images/bomb.png', pngDeclaring(20_000, 20_000));
    copyFileSync(join(FIXTURE_CONTENT, 'images', 'harbour.jpg'), join(root, 'outside.jpg'));
    symlinkSync(join(root, 'outside.jpg'), join(root, 'content', 'images', 'shortcut.jpg'));
    index = await checkContent(root, site, 'content', NOW);
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('lists at least 40 distinct mistakes', () => {
    expect(new Set(CATALOGUE.map((m) => m.mistake)).size).toBe(CATALOGUE.length);
    expect(new Set(CATALOGUE.map((m) => m.file)).size).toBe(CATALOGUE.length);
    expect(CATALOGUE.length).toBeGreaterThanOrEqual(40);
  });

  it.each(CATALOGUE)('$mistake: one error naming file, line, field and a fix', (m) => {
    const errors = errorsIn(m.file);
    expect(errors, JSON.stringify(errors, null, 1)).toHaveLength(1);
    const [error] = errors;
    expect(error?.file).toBe(`content/${m.file}`);
    expect(error?.line).toBe(m.line);
    expect(error?.field).toBe(m.field);
    expect(error?.message).toMatch(m.message);
    expect(error?.hint).toMatch(m.hint);
  });

  it('reports every mistake in the same run, and nothing else', () => {
    const failing = new Set(index.problems.filter((p) => p.severity === 'error').map((p) => p.file));
    expect([...failing].sort()).toEqual(CATALOGUE.map((m) => `content/${m.file}`).sort());
    const printed = formatProblems(index.problems);
    for (const m of CATALOGUE) expect(printed).toContain(m.line ? `content/${m.file}:${m.line}` : `content/${m.file}`);
  });

  it('accepts a BOM, Windows and old Mac line endings, and HTML comments', () => {
    for (const file of ['windows.md', 'old-mac.md', 'comments.md', 'later-story.md'])
      expect(errorsIn(`articles/${file}`)).toEqual([]);
    expect(index.byId.get('windows')?.data.headline).toBe('Saved on Windows');
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
