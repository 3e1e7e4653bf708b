import { cpSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { article, copyFixtureContent } from './content-copy.ts';
import { generatedBodies } from './generated-bodies.ts';

const ARCHIVE = join(import.meta.dirname, '..', 'fixtures', 'archive', 'content');
const SITE = join(import.meta.dirname, '..', 'fixtures', 'site', 'content');

const markdownFiles = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? markdownFiles(join(dir, e.name)) : e.name.endsWith('.md') ? [join(dir, e.name)] : [],
      )
    : [];

/** A body without its frontmatter. */
const bodyOf = (text: string) => text.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');

/**
 * One copy of the fixture content holding `count` generated stories (`articles/gen/`) and every body
 * of the fixture papers under a valid frontmatter of our own (`articles/bodies/`, at the depth of the
 * original file so its photo paths still reach the copied images). Returns the root and the new files.
 */
export function writeGeneratedStories(count: number) {
  const copy = copyFixtureContent();
  if (existsSync(join(ARCHIVE, 'images')))
    cpSync(join(ARCHIVE, 'images'), join(copy.root, 'content', 'images'), { recursive: true });
  const files: string[] = [];
  const write = (path: string, body: string) => {
    copy.write(path, article({ tags: '[generated]' }, body));
    files.push(`content/${path}`);
  };
  generatedBodies(count).forEach((body, i) => write(`articles/gen/gen-${String(i).padStart(3, '0')}.md`, body));
  for (const [from, dir] of [
    [ARCHIVE, 'archive'],
    [SITE, 'site'],
  ] as const)
    for (const file of markdownFiles(join(from, 'articles'))) {
      // Archive stories keep their ids, which their related and internal links name.
      const name = basename(file, '.md');
      const path = dir === 'archive' ? name : `${dir}-${name}`;
      // The original's folder depth below articles/, so `../../images/…` resolves the same.
      const depth = relative(join(from, 'articles'), file).split('/').length - 1;
      const folders = depth ? ['bodies', ...Array<string>(depth - 1).fill(dir)] : [];
      write(`articles/${[...folders, `${path}.md`].join('/')}`, bodyOf(readFileSync(file, 'utf8')));
    }
  return { ...copy, files };
}
