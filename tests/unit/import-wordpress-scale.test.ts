import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, describe, expect, it } from 'vitest';
import { wordpressReader } from '../../src/import/wordpress/index.ts';
import { writeGeneratedWxr } from '../../scripts/bench/wxr-generator.ts';

/**
 * A 20,000-post export read in bounded memory: the reader streams the file, so what it keeps
 * between posts is the attachment index, whatever the export weighs. Measured on the development
 * machine (Node 24, 2 shared cores): a 45 MB export of 20,000 posts and 2,000 attachments is read
 * twice (site, then posts) in 1.4–1.8 s; the heap kept between posts grows by under 2 MB, and the
 * test worker's peak RSS is 112 MB. (Before the index copied its strings out of the stream's
 * chunks, the same run kept 46.6 MB: the bound below catches that mistake.)
 */
const POSTS = 20_000;
/** Retained heap growth allowed: far below the export's size, far above what the index needs. */
const BOUND_MB = 16;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const heapMb = () => {
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
};

const dir = mkdtempSync(join(tmpdir(), 'broadsheet-wxr-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the WordPress reader at scale', () => {
  it(`reads ${POSTS.toLocaleString('en')} posts one at a time, its heap bounded well below the export's size`, async () => {
    const file = join(dir, 'export.xml');
    const bytes = await writeGeneratedWxr(file, POSTS);
    const before = heapMb();
    const started = performance.now();

    const reader = wordpressReader(file, { timezone: 'Europe/London' });
    const site = await reader.site();
    let count = 0;
    let leads = 0;
    let peak = 0;
    for await (const post of reader.posts()) {
      count++;
      if (post.lead?.alt) leads++;
      if (count % 2_000 === 0) peak = Math.max(peak, heapMb() - before);
    }

    const seconds = (performance.now() - started) / 1000;
    const rssMb = process.resourceUsage().maxRSS / 1024;
    console.log(
      `${count} posts from ${(bytes / 2 ** 20).toFixed(1)} MB in ${seconds.toFixed(1)} s; ` +
        `retained heap growth at most ${peak.toFixed(1)} MB; peak RSS ${rssMb.toFixed(0)} MB`,
    );
    expect(site.authors).toHaveLength(1);
    expect(count).toBe(POSTS);
    // Every attachment is listed after the posts showing it: found only thanks to the first pass.
    expect(leads).toBe(POSTS);
    expect(bytes / 2 ** 20).toBeGreaterThan(BOUND_MB * 2);
    expect(peak).toBeLessThan(BOUND_MB);
  });
});
