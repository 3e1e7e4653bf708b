/**
 * `npm run bench`: builds a synthetic corpus with Broadsheet and, side by side, with Hugo, and
 * reports cold, warm, edit-one and add-one rebuilds with their ratio to Hugo.
 * Usage: npm run bench -- [--sizes 1000,5000,20000] [--photos] [--images 200 (0 skips the photo benchmark)]
 * Results: .broadsheet/bench/results.json, and build-time.svg when more than one size is given.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { articleFile, corpusStories, makeCorpus, SECTIONS } from './bench/make-corpus.ts';
import { writeHugoSite } from './bench/hugo-site.ts';
import { ensureHugo, hugoVersion, runHugo } from './bench/hugo.ts';
import { plotSvg } from './bench/plot.ts';
import { runBuild } from './bench/run-build.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000' },
    photos: { type: 'boolean', default: false },
    images: { type: 'string', default: '200' },
  },
});
const sizes = values.sizes.split(',').map(Number);
const out = resolve('.broadsheet', 'bench');
const hugo = ensureHugo();
const results: Record<string, unknown>[] = [];

const countPages = (dir: string) => readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.html')).length;

for (const n of sizes) {
  const root = join(out, `corpus-${n}`);
  rmSync(root, { recursive: true, force: true });
  console.log(`\n== ${n} articles: generating…`);
  const stories = await makeCorpus(join(root, 'content'), n, { photos: values.photos });
  if (hugo) writeHugoSite(join(root, 'hugo'), stories);
  const env = {
    BROADSHEET_CONTENT: join(root, 'content'),
    BROADSHEET_DIST: join(root, 'dist'),
    BROADSHEET_CACHE_DIR: join(root, 'astro-cache'),
    BROADSHEET_IMAGE_CACHE: join(root, 'image-cache'),
  };
  const edited = stories[Math.floor(n / 2)]!;
  const extra = { ...corpusStories(n + 1).at(-1)!, id: 'story-added' };
  const steps: [string, () => void][] = [
    ['cold', () => undefined],
    ['warm', () => undefined],
    [
      'edit one',
      () =>
        appendFileSync(
          join(root, 'content/articles', edited.section, `${edited.id}.md`),
          '\nA late paragraph added by the desk.\n',
        ),
    ],
    ['add one', () => writeFileSync(join(root, 'content/articles', SECTIONS[0]!, 'story-added.md'), articleFile(extra, false))],
  ];
  const hugoSteps: Record<string, () => void> = {
    'edit one': () =>
      appendFileSync(join(root, 'hugo/content', edited.section, `${edited.id}.md`), '\nA late paragraph added by the desk.\n'),
    'add one': () =>
      writeFileSync(
        join(root, 'hugo/content', SECTIONS[0]!, 'story-added.md'),
        `---\ntitle: "${extra.headline}"\ndate: 2026-11-01T09:00:00Z\n---\n\n${extra.body}\n`,
      ),
  };
  for (const [step, change] of steps) {
    change();
    const b = runBuild(env);
    let h: ReturnType<typeof runHugo> | undefined;
    if (hugo) {
      hugoSteps[step]?.();
      h = runHugo(join(root, 'hugo'));
    }
    const pages = countPages(join(root, 'dist'));
    const row = {
      articles: n,
      step,
      'broadsheet s': +b.seconds.toFixed(2),
      'pages/s': Math.round(pages / b.seconds),
      'peak MB': b.peakMb ?? null,
      'hugo s': h ? +h.seconds.toFixed(2) : null,
      'hugo peak MB': h?.peakMb ?? null,
      ratio: h ? +(b.seconds / h.seconds).toFixed(1) : null,
      pages,
    };
    results.push(row);
    console.log(
      `${step}: ${row['broadsheet s']} s (${row['pages/s']} pages/s, ${row['peak MB']} MB)${h ? `, Hugo ${row['hugo s']} s, ratio ${row.ratio}×` : ''}`,
    );
  }
}

console.log(
  `\nBroadsheet vs Hugo ${hugo ? hugoVersion() : '(not installed: apt-get install hugo)'} on ${process.platform}, Node ${process.version}`,
);
console.table(results);
mkdirSync(out, { recursive: true });
writeFileSync(
  join(out, 'results.json'),
  `${JSON.stringify({ date: new Date().toISOString(), hugo: hugo ? hugoVersion() : null, results }, null, 2)}\n`,
);
if (sizes.length > 1) {
  const cold = results.filter((r) => r['step'] === 'cold');
  writeFileSync(
    join(out, 'build-time.svg'),
    plotSvg(
      cold.map((r) => ({
        n: r['articles'] as number,
        broadsheet: r['broadsheet s'] as number,
        hugo: (r['hugo s'] as number | null) ?? undefined,
      })),
    ),
  );
}
console.log(`Results written to ${join(out, 'results.json')}`);

if (Number(values.images) > 0) spawnSync(process.execPath, ['scripts/bench-images.ts', values.images], { stdio: 'inherit' });
