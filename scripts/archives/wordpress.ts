/**
 * Lays WordPress's Theme Unit Test data (WPTRT/theme-unit-test, GPL) out as a real WordPress export to
 * import, and reads it with the WordPress reader to show what it makes of it. See docs/migrating.md.
 *
 *   npm run archive:wordpress -- [--from <clone or bare mirror>] [--out .broadsheet/archives/wordpress] [--pages]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readSiteIndex, wordpressReader } from '../../src/import/wordpress/index.ts';

const FILE = 'themeunittestdata.wordpress.xml';
const URL = `https://raw.githubusercontent.com/WPTRT/theme-unit-test/master/${FILE}`;

const { values } = parseArgs({
  options: {
    from: { type: 'string' },
    out: { type: 'string', default: '.broadsheet/archives/wordpress' },
    pages: { type: 'boolean', default: false },
    timezone: { type: 'string', default: 'UTC' },
  },
});

/** The export's text: from the committed file of a local copy's HEAD (a checkout, clone or bare mirror), or downloaded. */
async function exportText(from: string | undefined): Promise<string> {
  if (from) return execFileSync('git', ['-C', from, 'show', `HEAD:${FILE}`], { encoding: 'utf8', maxBuffer: 1 << 28 });
  console.log(`downloading ${URL}`);
  const response = await fetch(URL);
  if (!response.ok) throw new Error(`${URL}: ${response.status} ${response.statusText}`);
  return response.text();
}

const out = resolve(values.out);
const file = join(out, FILE);
mkdirSync(out, { recursive: true });
writeFileSync(file, await exportText(values.from));

const started = performance.now();
const options = { timezone: values.timezone, pages: values.pages };
const reader = wordpressReader(file, options);
const site = await reader.site();
const { attachments } = await readSiteIndex(file, options.pages);
const statuses: Record<string, number> = {};
const notes: Record<string, number> = {};
const details: string[] = [];
let posts = 0;
for await (const post of reader.posts()) {
  posts++;
  statuses[post.status] = (statuses[post.status] ?? 0) + 1;
  for (const note of post.notes) {
    notes[note.kind] = (notes[note.kind] ?? 0) + 1;
    details.push(`${post.origin}: ${note.kind}: ${note.detail}`);
  }
}
const seconds = (performance.now() - started) / 1000;

const summary = {
  file,
  seconds: Number(seconds.toFixed(2)),
  posts,
  statuses,
  attachments: attachments.size,
  authors: site.authors.length,
  categories: site.categories.length,
  skipped: site.skipped,
  notes,
};
writeFileSync(join(out, 'reader-summary.json'), `${JSON.stringify({ ...summary, details }, null, 2)}\n`);
console.log(JSON.stringify(summary, null, 2));
console.log(`every note in ${join(out, 'reader-summary.json')}`);
