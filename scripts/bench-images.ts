/**
 * `npm run bench:images`: builds N generated articles, each with one 1600 px lead photo, cold
 * (empty photo cache) and warm, and reports image time, encodes per second and peak memory.
 * Usage: npm run bench:images -- [N=200]
 */
import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { FlushStats } from '../src/photos/flush.ts';
import { makeCorpus } from './bench/make-corpus.ts';
import { runBuild } from './bench/run-build.ts';

const count = Number(process.argv[2] ?? 200);
const root = resolve('.broadsheet', 'bench', `images-${count}`);
rmSync(root, { recursive: true, force: true });
console.log(`Generating ${count} articles with one 1600×1067 photo each…`);
await makeCorpus(join(root, 'content'), count, { photos: true });

const env = {
  BROADSHEET_CONTENT: join(root, 'content'),
  BROADSHEET_DIST: join(root, 'dist'),
  BROADSHEET_IMAGE_CACHE: join(root, 'image-cache'),
};
const stats = () => JSON.parse(readFileSync(join(root, 'image-cache', 'last-build.json'), 'utf8')) as FlushStats;
const rows: Record<string, string | number>[] = [];
for (const run of ['cold', 'warm'] as const) {
  const build = await runBuild(env);
  const s = stats();
  rows.push({
    run,
    'build s': build.seconds.toFixed(1),
    'image s': s.seconds.toFixed(1),
    encodes: s.encoded,
    'encodes/s': s.seconds > 0 ? (s.encoded / s.seconds).toFixed(1) : '–',
    's/photo': (s.seconds / count).toFixed(2),
    'peak MB': build.peakMb ?? 'n/a',
  });
}
console.table(rows);
console.log('Reference (shared/reference/stack-notes.md): Hugo 0.111, 3 WebP + 1 JPEG per photo, ~0.6 s/photo cold on 2 cores.');
