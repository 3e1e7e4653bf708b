/**
 * Lays out Jekyll's own documentation site (`docs/` of jekyll/jekyll, MIT licence) as a Jekyll folder
 * for the Jekyll reader (issue 17): `_config.yml`, `_posts/` (102 release and community posts),
 * `_docs/`, `_data/`, and the rest of `docs/`. See docs/migrating/hugo-jekyll.md.
 *
 *   npm run archive:jekyll-docs -- [--from <checkout or bare repo>] [--out .broadsheet/archives/jekyll-docs]
 *
 * Then read it: node scripts/archives/read-static.ts jekyll <out>/site
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { headCommit, layOut, repository } from './git-layout.ts';

const { values } = parseArgs({
  options: { from: { type: 'string' }, out: { type: 'string', default: '.broadsheet/archives/jekyll-docs' } },
});
const { repo, done } = repository(values.from, 'https://github.com/jekyll/jekyll');
const site = resolve(values.out, 'site');
try {
  // `docs/` is the site's root: its first folder is stripped, so `docs/_posts` lands in `site/_posts`.
  const { missing } = layOut(repo, ['docs'], site, 1);
  console.log(`${headCommit(repo)}: docs/ laid out in ${site}`);
  if (missing.length) console.log(`left out, not in the repository copy: ${missing.join(', ')}`);
  console.log(`read it: node scripts/archives/read-static.ts jekyll ${site}`);
} finally {
  done();
}
