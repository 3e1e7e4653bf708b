/**
 * Reads a Ghost export with the Ghost reader in a process of its own and prints, as JSON, how many
 * posts it gave, how long it took and how much memory it kept. Run with --expose-gc, so the heap is
 * measured after a collection: what the reader holds, not the garbage it has not yet freed.
 *
 *   node --expose-gc tests/helpers/ghost-read-memory.ts <export.json>
 */
import { ghostReader } from '../../src/import/ghost/index.ts';

const collect = (globalThis as { gc?: () => void }).gc ?? (() => {});
collect();
const heapBefore = process.memoryUsage().heapUsed;
const started = performance.now();
let heapPeak = heapBefore;
let rssPeak = process.memoryUsage().rss;
const sample = () => {
  collect();
  const { heapUsed, rss } = process.memoryUsage();
  heapPeak = Math.max(heapPeak, heapUsed);
  rssPeak = Math.max(rssPeak, rss);
};

const reader = ghostReader(process.argv[2]!);
const site = await reader.site();
sample();
const siteMs = performance.now() - started;
let posts = 0;
let html = 0;
for await (const post of reader.posts()) {
  posts++;
  html += post.body.text.length;
  if (posts % 2000 === 0) sample();
}
sample();
const ms = performance.now() - started;
console.log(JSON.stringify({ posts, authors: site.authors.length, html, siteMs, ms, heapBefore, heapPeak, rssPeak }));
