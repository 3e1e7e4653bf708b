/**
 * Lays digital.gov's Hugo site (GSA/digitalgov.gov, public domain) out as a Hugo folder for the Hugo
 * reader (issue 17): its config, `data/` and `content/`, nothing else. See docs/migrating/hugo-jekyll.md.
 *
 *   npm run archive:hugo-digitalgov -- [--from <checkout or bare repo>] [--out .broadsheet/archives/hugo-digitalgov]
 *
 * Then read it: node scripts/archives/read-static.ts hugo <out>/site --include news
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { headCommit, layOut, present, repository } from './git-layout.ts';

const { values } = parseArgs({
  options: { from: { type: 'string' }, out: { type: 'string', default: '.broadsheet/archives/hugo-digitalgov' } },
});
const { repo, done } = repository(values.from, 'https://github.com/GSA/digitalgov.gov');
const site = resolve(values.out, 'site');
try {
  const configs = ['hugo.toml', 'hugo.yaml', 'hugo.yml', 'hugo.json', 'config.toml', 'config.yaml', 'config.yml', 'config.json'];
  const paths = present(repo, [...configs, 'config/_default', 'data', 'content']);
  const { missing } = layOut(repo, paths, site);
  console.log(`${headCommit(repo)}: ${paths.join(', ')} laid out in ${site}`);
  if (missing.length) console.log(`left out, not in the repository copy: ${missing.join(', ')}`);
  console.log(`read it: node scripts/archives/read-static.ts hugo ${site} --include news`);
} finally {
  done();
}
