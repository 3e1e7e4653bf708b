/**
 * Runs the Hugo or Jekyll reader over a site folder and prints what it met: posts by status, notes by
 * kind, authors, categories, old addresses, how many photo references a local file answers, the time
 * taken and the peak memory. It writes nothing unless asked to (`--dump`, one post per JSON line).
 *
 *   node scripts/archives/read-static.ts hugo <site> [--include news] [--timezone America/New_York] [--dump posts.jsonl]
 *   node scripts/archives/read-static.ts jekyll <site> [--dump posts.jsonl]
 */
import { createWriteStream } from 'node:fs';
import { parseArgs } from 'node:util';
import type { SourcePost, SourceReader } from '../../src/import/source.ts';
import { hugoReader, jekyllReader } from '../../src/import/static-site/index.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    include: { type: 'string', multiple: true },
    timezone: { type: 'string', default: 'UTC' },
    dump: { type: 'string' },
  },
});
const [kind, folder] = positionals;
if ((kind !== 'hugo' && kind !== 'jekyll') || !folder) {
  console.error('usage: read-static.ts hugo|jekyll <site folder> [--include <folder>] [--timezone <zone>] [--dump <file>]');
  process.exit(2);
}

const started = performance.now();
const reader: SourceReader =
  kind === 'hugo'
    ? hugoReader(folder, { timezone: values.timezone, ...(values.include ? { include: values.include } : {}) })
    : jekyllReader(folder, { timezone: values.timezone });
const site = await reader.site();
const siteSeconds = (performance.now() - started) / 1000;

const statuses = new Map<string, number>();
const notes = new Map<string, { count: number; posts: number; example: string }>();
const photos = { referenced: 0, local: 0 };
let posts = 0;
let oldUrls = 0;
const dump = values.dump ? createWriteStream(values.dump) : undefined;
for await (const post of reader.posts()) {
  posts++;
  statuses.set(post.status, (statuses.get(post.status) ?? 0) + 1);
  oldUrls += post.oldUrls.length;
  const kinds = new Set<string>();
  for (const note of post.notes) {
    const row = notes.get(note.kind) ?? { count: 0, posts: 0, example: `${post.origin}: ${note.detail}` };
    row.count++;
    if (!kinds.has(note.kind)) row.posts++;
    kinds.add(note.kind);
    notes.set(note.kind, row);
  }
  countPhotos(post);
  dump?.write(`${JSON.stringify(post)}\n`);
}
dump?.end();

function countPhotos(post: SourcePost): void {
  const urls = [...post.body.text.matchAll(/!\[[^\]]*\]\(\s*<?([^)\s>]+)/g)].map((m) => m[1]!);
  if (post.lead) urls.push(post.lead.url);
  for (const url of urls) {
    photos.referenced++;
    if (reader.localPhoto?.(url, post)) photos.local++;
  }
}

const seconds = (performance.now() - started) / 1000;
console.log(`${kind} site ${folder}: ${posts} posts in ${seconds.toFixed(1)} s (site() ${siteSeconds.toFixed(1)} s)`);
console.log(`peak memory (max RSS): ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
console.log(`base URL ${site.baseUrl ?? '(none)'}; ${site.authors.length} authors; ${site.categories.length} categories`);
console.log(`status: ${[...statuses].map(([s, n]) => `${s} ${n}`).join(', ')}`);
console.log(`old addresses: ${oldUrls}; photo references: ${photos.referenced}, ${photos.local} answered by a local file`);
console.log('\n| note | count | posts | example |\n| --- | --: | --: | --- |');
for (const [name, row] of [...notes].sort((a, b) => b[1].count - a[1].count)) {
  console.log(`| ${name} | ${row.count} | ${row.posts} | ${row.example.replace(/\|/g, '\\|').slice(0, 140)} |`);
}
