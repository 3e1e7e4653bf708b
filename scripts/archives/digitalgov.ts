/**
 * Lays digital.gov's news archive (GSA/digitalgov.gov, public domain) out as Broadsheet content, to see
 * what the checker and the build make of two thousand real stories. See docs/archives.md.
 *
 *   npm run archive:digitalgov -- [--from <checkout or bare repo>] [--out .broadsheet/archives/digitalgov]
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { authorId, authorYaml } from './authors.ts';
import { openSource } from './git-source.ts';
import { storyFile } from './story.ts';

const { values } = parseArgs({
  options: { from: { type: 'string' }, out: { type: 'string', default: '.broadsheet/archives/digitalgov' } },
});
const source = openSource(values.from);
const content = resolve(values.out, 'content');
// A fresh folder each time, so a post deleted upstream does not linger as a stale story.
rmSync(content, { recursive: true, force: true });

let stories = 0;
for (const path of source.list('content/news/')) {
  if (!path.endsWith('.md') || path.endsWith('/_index.md')) continue;
  const target = join(content, 'articles', path.slice('content/news/'.length));
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, storyFile(source.read(path)));
  stories++;
}

let authors = 0;
mkdirSync(join(content, 'authors'), { recursive: true });
mkdirSync(join(content, 'images'), { recursive: true });
for (const path of source.list('content/authors/')) {
  const id = authorId(path);
  const yaml = id && authorYaml(source.read(path));
  if (!id || !yaml) continue;
  writeFileSync(join(content, 'authors', `${id}.yaml`), yaml);
  authors++;
}

console.log(`${stories} stories and ${authors} authors in ${content}`);
console.log(`check it: BROADSHEET_CONTENT=${content} npm run check`);
