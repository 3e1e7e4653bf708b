/**
 * `npm run bench`: builds a synthetic corpus with Broadsheet and, side by side, with Hugo (plus
 * Pagefind, so both sites have search), and reports cold, warm, edit-one and add-one rebuilds with
 * their ratio to Hugo; `import` times `npm run import` on a generated WordPress export of the same size
 * against the cold build of what it wrote (and Hugo); then Lighthouse on the sample article and the
 * sample paper's photo footprint (bytes and files per source photo, per derivative; `footprint` step).
 * `live` times the path from a merge to the live site (bench/merge-to-live.ts): install, check, build, deploy.
 * `floor` builds the same stories as bare Astro sites (bench/floor-site.ts): what the fixed stack takes.
 * Usage: npm run bench -- [--sizes 1000,5000,20000] [--steps cold,warm,edit,add,import,live,floor,footprint] [--photos]
 *   [--images 200 (0 skips the photo benchmark)] [--no-lighthouse]
 * Results: .broadsheet/bench/results.json, results.md, and build-time.svg when several sizes are given.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { hugoArticle, writeHugoSite } from './bench/hugo-site.ts';
import { benchFloor, floorRow } from './bench/floor-site.ts';
import { benchFootprint } from './bench/footprint.ts';
import { benchImport } from './bench/import-step.ts';
import { benchMergeToLive } from './bench/merge-to-live.ts';
import { ensureHugo, hugoVersion, runHugo } from './bench/hugo.ts';
import { runLighthouse } from './bench/lighthouse.ts';
import { storyFile, corpusStories, makeCorpus, SECTIONS } from './bench/make-corpus.ts';
import { plotSvg } from './bench/plot.ts';
import { resultRow, rowLine } from './bench/result-row.ts';
import { runBuild } from './bench/run-build.ts';
import { markdownTable } from './bench/table.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000' },
    steps: { type: 'string', default: 'cold,warm,edit,add,import,live,floor,footprint' },
    photos: { type: 'boolean', default: false },
    images: { type: 'string', default: '200' },
    'no-lighthouse': { type: 'boolean', default: false },
  },
});
const sizes = values.sizes.split(',').map(Number);
const wanted = new Set(values.steps.split(','));
const out = resolve('.broadsheet', 'bench');
const hugo = ensureHugo();
const results: Record<string, string | number | null>[] = [];
/** Seconds per phase from a merge to the live site (merge-to-live.ts), per size. */
const mergeToLive: Record<string, number>[] = [];
/** The bare Astro sites' cold and edit-one builds (floor-site.ts), per size. */
const floor: ReturnType<typeof floorRow>[] = [];

const countPages = (dir: string) => readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
const EDIT = '\nA late paragraph added by the desk.\n';

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
  // Each step changes both sites the same way, then builds both.
  const steps: [string, string, () => void][] = [
    ['cold', 'cold', () => undefined],
    ['warm', 'warm', () => undefined],
    [
      'edit',
      'edit one',
      () => {
        appendFileSync(join(root, 'content/articles', edited.section, `${edited.id}.md`), EDIT);
        if (hugo) appendFileSync(join(root, 'hugo/content', edited.section, `${edited.id}.md`), EDIT);
      },
    ],
    [
      'add',
      'add one',
      () => {
        writeFileSync(join(root, 'content/articles', SECTIONS[0]!, 'story-added.md'), storyFile(extra, false));
        if (hugo) writeFileSync(join(root, 'hugo/content', SECTIONS[0]!, 'story-added.md'), hugoArticle(extra, extra.body));
      },
    ],
  ];
  let hugoCold: number | undefined;
  const last = Math.max(...steps.map(([key], i) => (wanted.has(key) ? i : -1)));
  for (const [key, step, change] of steps.slice(0, last + 1)) {
    // A later step needs the earlier builds' caches, so skipped steps still build, untimed.
    change();
    const b = await runBuild(env);
    const h = hugo ? runHugo(join(root, 'hugo')) : undefined;
    if (key === 'cold') hugoCold = h?.seconds;
    if (!wanted.has(key)) continue;
    const row = resultRow(n, step, b, h, countPages(join(root, 'dist')));
    results.push(row);
    console.log(rowLine(row));
  }
  if (wanted.has('live')) {
    // Another story than the one the edit step changed: the merge brings a change of its own.
    const merged = stories[Math.floor(n / 3)]!;
    const live = await benchMergeToLive(root, env, join(root, 'content/articles', merged.section, `${merged.id}.md`));
    const phases = Object.entries(live.phases).map(([k, v]) => `${k} ${v.toFixed(1)} s`);
    console.log(`merge to live: ${live.total.toFixed(1)} s (${phases.join(', ')}); deploy: ${live.uploaded}`);
    mergeToLive.push({ articles: n, ...live.phases, total: live.total });
  }
  if (wanted.has('floor')) {
    hugoCold ??= hugo ? runHugo(join(root, 'hugo')).seconds : undefined;
    const runs = await benchFloor(root, join(root, 'content/articles'), join(edited.section, `${edited.id}.md`), EDIT);
    for (const run of runs) floor.push(floorRow(n, run, hugoCold));
    console.log(
      'floor (bare Astro):',
      runs.map((r) => `${r.site} cold ${r.cold.toFixed(2)} s, edit one ${r.edit.toFixed(2)} s`).join('; '),
    );
  }
}

for (const n of wanted.has('import') ? sizes : []) {
  console.log(`\n== ${n} posts: importing a generated WordPress export…`);
  const run = await benchImport(join(out, `import-${n}`), n);
  const hugoCold = results.find((r) => r['articles'] === n && r['step'] === 'cold')?.['hugo+pagefind s'] as
    number | null | undefined;
  const row = {
    articles: n,
    step: `import (${run.exportMb} MB WXR)`,
    'broadsheet s': +run.import.seconds.toFixed(2),
    'cpu s': run.import.cpuSeconds === undefined ? null : +run.import.cpuSeconds.toFixed(1),
    cores: run.import.cpuSeconds === undefined ? null : +(run.import.cpuSeconds / run.import.seconds).toFixed(2),
    'pages/s': Math.round(n / run.import.seconds),
    'peak MB': run.import.peakMb ?? null,
    'all processes MB': run.import.treePeakMb ?? null,
    'hugo+pagefind s': hugoCold ?? null,
    'hugo s': null,
    'hugo+pagefind cpu s': null,
    'hugo+pagefind cores': null,
    'hugo+pagefind peak MB': null,
    ratio: hugoCold ? +(run.import.seconds / hugoCold).toFixed(1) : null,
    'cpu ratio': null,
    pages: null,
    'build of the import s': +run.build.seconds.toFixed(2),
  };
  results.push(row);
  console.log(
    `import: ${row['broadsheet s']} s (${row['peak MB']} MB); its cold build ${row['build of the import s']} s; Hugo cold ${hugoCold ?? '-'} s`,
  );
}

const lighthouse = values['no-lighthouse'] ? undefined : await runLighthouse(join(out, 'sample'));
// Lighthouse's build of the sample paper, or one of its own.
const footprint = wanted.has('footprint') ? benchFootprint(join(out, 'sample'), lighthouse !== undefined) : undefined;
const header = `Broadsheet vs Hugo ${hugo ? hugoVersion() : '(not installed: apt-get install hugo)'} on ${process.platform}, Node ${process.version}`;
console.log(`\n${header}`);
if (results.length) console.table(results);
if (mergeToLive.length)
  console.table(mergeToLive.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, +v.toFixed(1)]))));
if (floor.length) console.table(floor);
if (lighthouse) console.log('Lighthouse (mobile) on the sample article:', lighthouse);
if (footprint) {
  const { photos, site } = footprint;
  console.log(
    `\nPhoto footprint of the sample paper: ${photos.photos} source photos -> ${photos.files} files, ${(photos.bytes / 1e6).toFixed(1)} MB ` +
      `(${(photos.files / photos.photos).toFixed(1)} files, ${Math.round(photos.bytes / photos.photos / 1000)} kB per photo); ` +
      `whole site ${(site.bytes / 1e6).toFixed(1)} MB in ${site.files} files`,
  );
  console.table(footprint.rows);
  console.log('Photos of this mix each host takes before its tightest limit:', footprint.capacity);
}
mkdirSync(out, { recursive: true });
writeFileSync(
  join(out, 'results.json'),
  `${JSON.stringify({ date: new Date().toISOString(), hugo: hugo ? hugoVersion() : null, results, mergeToLive, floor, lighthouse, footprint }, null, 2)}\n`,
);
writeFileSync(
  join(out, 'results.md'),
  `${header}\n\n${markdownTable(results)}\n${floor.length ? `\nFloor of the fixed stack (bare Astro)\n\n${markdownTable(floor)}\n` : ''}${footprint ? `\nPhoto footprint (sample paper)\n\n${markdownTable(footprint.rows)}\n` : ''}`,
);
const cold = results.filter((r) => r['step'] === 'cold');
if (cold.length > 1) {
  writeFileSync(
    join(out, 'build-time.svg'),
    plotSvg(
      cold.map((r) => ({
        n: r['articles'] as number,
        broadsheet: r['broadsheet s'] as number,
        hugo: (r['hugo+pagefind s'] as number | null) ?? undefined,
      })),
    ),
  );
}
console.log(`Results written to ${join(out, 'results.json')} and results.md`);

if (Number(values.images) > 0) spawnSync(process.execPath, ['scripts/bench-images.ts', values.images], { stdio: 'inherit' });
