import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ProblemKindName } from '../../src/check/catalogue/index.ts';
import { boundedCheck } from '../helpers/bounded-check.ts';
import { article, copyFixtureContent } from '../helpers/content-copy.ts';

/**
 * Hostile and careless files, each of which once took `npm run check` minutes, gigabytes or a crash
 * (issue 16). Each must now be a named problem, found in a bounded time and memory. The bounds are
 * far above what was measured on a busy 2-core machine (4–6 s, under 250 MB) and far below the old
 * failures (15.5 GB in 60 s for /dev/zero; 15 s to never for the Markdown).
 */
const MAX_SECONDS = 40;
const MAX_PEAK_MB = 600;

const story = (body: string, fields: Record<string, string> = {}) => article({ related: '[council-vote]', ...fields }, body);
const ALIAS_BOMB = [
  'a: &a [x, x, x, x, x, x, x, x, x]',
  ...'bcdefgh'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(', ')}]`),
].join('\n');

/** The same photo again and again, each time with another caption: each a photo version to encode. */
const figures = (n: number) =>
  `${Array.from({ length: n }, (_, i) => `![Boats ${i}](../../images/harbour.jpg "Caption ${i}")\nCredit: Reuters/Jane Doe`).join('\n\n')}\n`;

interface Case {
  name: string;
  kind: ProblemKindName;
  /** The file named in the problem, under the content folder. */
  file: string;
  /** Makes the file under the content folder `content` of the project root `root`. */
  make: (content: string, root: string) => void;
  /** The line the problem names, when it names one that matters. */
  line?: number | undefined;
}

/** A case whose file is written as text. */
const text = (name: string, kind: ProblemKindName, file: string, body: string, line?: number): Case => ({
  name,
  kind,
  file,
  make: (content) => writeFileSync(join(content, file), body),
  line,
});
const keys = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, '1']));
const link = (target: string) => (content: string, file: string) => symlinkSync(target, join(content, file));

const CASES: Case[] = [
  {
    name: 'a story linked to /dev/zero',
    kind: 'LinkOutsideContent',
    file: 'articles/news/zero.md',
    make: (c) => link('/dev/zero')(c, 'articles/news/zero.md'),
  },
  {
    name: 'an author file linked to /dev/zero',
    kind: 'LinkOutsideContent',
    file: 'authors/zero.yaml',
    make: (c) => link('/dev/zero')(c, 'authors/zero.yaml'),
  },
  {
    name: 'a story linked to a file outside the content folder',
    kind: 'LinkOutsideContent',
    file: 'articles/news/borrowed.md',
    make: (c, root) => {
      writeFileSync(join(root, 'elsewhere.md'), story('Text from outside.\n'));
      link(join(root, 'elsewhere.md'))(c, 'articles/news/borrowed.md');
    },
  },
  {
    name: 'a named pipe named like a story',
    kind: 'NotAFile',
    file: 'articles/news/pipe.md',
    make: (c) => execFileSync('mkfifo', [join(c, 'articles/news/pipe.md')]),
  },
  {
    name: 'a folder named like a story',
    kind: 'NotAFile',
    file: 'articles/news/notes.md',
    make: (c) => mkdirSync(join(c, 'articles/news/notes.md')),
  },
  text('a story ending in .MD', 'UnpublishedExtension', 'articles/news/loud.MD', story('Text.\n')),
  text('a story ending in .markdown', 'UnpublishedExtension', 'articles/news/long.markdown', story('Text.\n')),
  {
    name: 'a 50 MB story',
    kind: 'FileTooLarge',
    file: 'articles/news/dump.md',
    make: (c) => {
      writeFileSync(join(c, 'articles/news/dump.md'), story('Dump.\n'));
      truncateSync(join(c, 'articles/news/dump.md'), 50 << 20);
    },
  },
  text('a body of emphasis runs', 'MarkdownTooComplex', 'articles/news/stars.md', story(`${'*a_'.repeat(60_000)}\n`)),
  text('a body of unclosed links', 'MarkdownTooComplex', 'articles/news/links.md', story(`${'[a]('.repeat(40_000)}\n`)),
  text('a body of autolinks', 'MarkdownTooComplex', 'articles/news/www.md', story(`${'www.a_'.repeat(30_000)}\n`)),
  text('a pipe on every line', 'MarkdownTooComplex', 'articles/news/pipes.md', story('|a|\n'.repeat(50_000))),
  text('nested list markers', 'TooDeeplyNested', 'articles/news/dashes.md', story(`${'- '.repeat(10_000)}a\n`)),
  text('40,000 unknown fields', 'FileTooLarge', 'articles/news/keys-40k.md', story('Text.\n', keys(40_000))),
  text('4,000 unknown fields', 'YamlTooLarge', 'articles/news/keys-4k.md', story('Text.\n', keys(4_000))),
  text('3,000 unknown fields', 'TooManyYamlValues', 'articles/news/keys-3k.md', story('Text.\n', keys(3_000))),
  text('an alias bomb in the frontmatter', 'YamlAliasLimit', 'articles/news/bomb.md', `---\n${ALIAS_BOMB}\n---\n\nText.\n`),
  text('an alias bomb in an author file', 'YamlAliasLimit', 'authors/bomb.yaml', `name: Bomb\n${ALIAS_BOMB}\n`),
  text('one photo 2,000 times, each captioned', 'TooManyPhotos', 'articles/news/gallery.md', story(figures(2_000)), 310),
  text('one photo 80 times, each captioned', 'TooManyPhotoVersions', 'articles/news/versions.md', story(figures(80)), 190),
];

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

describe('hostile and careless files cost npm run check a bounded time and memory (issue 16)', () => {
  it.each(CASES)('$name: $kind, within the bounds', ({ kind, file, make, line }) => {
    const copy = copyFixtureContent();
    roots.push(copy.root);
    make(join(copy.root, 'content'), copy.root);
    const cost = boundedCheck(copy.root);
    console.info(`${kind} ${file}: ${cost.seconds.toFixed(1)} s, ${cost.peakMb} MB`);
    const found = cost.problems.filter((p) => p.kind === kind);
    expect(cost.status, cost.stderr.slice(-2000)).toBe(1);
    expect(found.map((p) => p.file)).toContain(`content/${file}`);
    // Figures start on line 10, one every 3 lines: the 101st photo, the 61st version.
    if (line) expect(found[0]?.line).toBe(line);
    expect(cost.seconds).toBeLessThan(MAX_SECONDS);
    expect(cost.peakMb).toBeLessThan(MAX_PEAK_MB);
  });
});
