/**
 * Runs the Ghost reader over an export and prints what it found: posts by status, notes by kind,
 * time and memory. It writes nothing; `npm run import` does the import.
 *
 *   node scripts/archives/ghost-read.ts <export.json> [--pages] [--base-url https://old.example]
 */
import { parseArgs } from 'node:util';
import { ghostReader } from '../../src/import/ghost/index.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { pages: { type: 'boolean', default: false }, 'base-url': { type: 'string' } },
});
const file = positionals[0];
if (!file) throw new Error('give the export file: node scripts/archives/ghost-read.ts <export.json>');

const started = performance.now();
let peak = process.memoryUsage().rss;
const reader = ghostReader(file, { pages: values.pages, baseUrl: values['base-url'] });
const site = await reader.site();
const statuses = new Map<string, number>();
const notes = new Map<string, number>();
let posts = 0;
let leads = 0;
let characters = 0;
for await (const post of reader.posts()) {
  posts++;
  statuses.set(post.status, (statuses.get(post.status) ?? 0) + 1);
  for (const note of post.notes) notes.set(note.kind, (notes.get(note.kind) ?? 0) + 1);
  if (post.lead) leads++;
  characters += post.body.text.length;
  if (posts % 1000 === 0) peak = Math.max(peak, process.memoryUsage().rss);
}
peak = Math.max(peak, process.memoryUsage().rss);

const list = (counts: Map<string, number>) => [...counts].map(([key, n]) => `${key} ${n}`).join(', ') || 'none';
console.log(`site: ${site.baseUrl ?? '(no address)'}, ${site.authors.length} authors, ${site.categories.length} categories`);
console.log(`posts: ${posts} (${list(statuses)}), ${leads} with a lead photo, ${characters} characters of HTML`);
console.log(`notes: ${list(notes)}`);
console.log(`time: ${((performance.now() - started) / 1000).toFixed(2)} s, peak RSS ${(peak / 2 ** 20).toFixed(0)} MB`);
