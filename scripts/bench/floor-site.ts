/**
 * The floor of the fixed stack (`floor` step of `npm run bench`): bare Astro sites holding the bench
 * corpus's stories and nothing of Broadsheet (no checks, listings, feeds, photos, search or CSS), built
 * from empty caches and again after one story is edited. Two are what Astro offers as it comes (its
 * own incremental build, a `cacheKey` per page); the third is the least any Astro build can do. A
 * target below a floor is one the stack cannot meet, however lean Broadsheet is.
 */
import { appendFileSync, cpSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runScript } from './run-build.ts';

/**
 * `unified`: Markdown through Astro's unified processor (the stack's); `text`: each story's raw text;
 * `one`: raw text, and the edit build renders only the edited story's page (no whole site, so not a
 * build one could publish): the least an Astro process holding every story can do.
 */
export type FloorSite = 'unified' | 'text' | 'one';

export interface FloorRun {
  site: FloorSite;
  cold: number;
  edit: number;
}

const CONFIG: Record<FloorSite, string> = {
  unified: `import { unified } from '@astrojs/markdown-remark';
export default { output: 'static', cacheDir: './.astro-cache', markdown: { processor: unified({ smartypants: false }) }, experimental: { incrementalBuild: true } };\n`,
  text: `export default { output: 'static', cacheDir: './.astro-cache', experimental: { incrementalBuild: true } };\n`,
  one: `export default { output: 'static', cacheDir: './.astro-cache' };\n`,
};

// Astro's glob() loader renders each story's Markdown when the content is synced.
const GLOB_COLLECTION = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
const stories = defineCollection({ loader: glob({ pattern: '**/*.md', base: './stories' }) });
export const collections = { stories };\n`;

// The least a loader can do: one entry per file, unchanged files skipped by their digest.
const TEXT_COLLECTION = `import { defineCollection } from 'astro:content';
import { readdirSync, readFileSync } from 'node:fs';
const stories = defineCollection({
  loader: {
    name: 'text',
    load: async ({ store, generateDigest }) => {
      for (const file of readdirSync('./stories', { recursive: true }).map(String).filter((f) => f.endsWith('.md'))) {
        const body = readFileSync('./stories/' + file, 'utf8');
        const id = file.replace(/\\.md$/, '');
        const digest = generateDigest(body);
        if (store.get(id)?.digest !== digest) store.set({ id, data: { body }, digest });
      }
    },
  },
});
export const collections = { stories };\n`;

const PAGE: Record<FloorSite, string> = {
  unified: `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  return (await getCollection('stories')).map((entry) => ({ params: { id: entry.id }, props: { entry }, cacheKey: entry.digest }));
}
const { Content } = await render(Astro.props.entry);
---
<html lang="en"><head><title>{Astro.props.entry.id}</title></head><body><Content /></body></html>\n`,
  text: `---
import { getCollection } from 'astro:content';
export async function getStaticPaths() {
  return (await getCollection('stories')).map((entry) => ({ params: { id: entry.id }, props: { entry }, cacheKey: entry.digest }));
}
---
<html lang="en"><head><title>{Astro.props.entry.id}</title></head><body><pre>{Astro.props.entry.data.body}</pre></body></html>\n`,
  one: `---
import { getCollection } from 'astro:content';
export async function getStaticPaths() {
  const only = (id: string) => id === (process.env.FLOOR_ONLY ?? id);
  return (await getCollection('stories')).filter((e) => only(e.id)).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
---
<html lang="en"><head><title>{Astro.props.entry.id}</title></head><body><pre>{Astro.props.entry.data.body}</pre></body></html>\n`,
};

function writeFloorSite(dir: string, site: FloorSite, stories: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src/pages'), { recursive: true });
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'));
  writeFileSync(join(dir, 'package.json'), '{ "name": "broadsheet-floor", "type": "module", "private": true }\n');
  writeFileSync(join(dir, 'astro.config.mjs'), CONFIG[site]);
  writeFileSync(join(dir, 'src/content.config.ts'), site === 'unified' ? GLOB_COLLECTION : TEXT_COLLECTION);
  writeFileSync(join(dir, 'src/pages/[...id].astro'), PAGE[site]);
  cpSync(stories, join(dir, 'stories'), { recursive: true });
}

/**
 * Builds each floor site in `root` from the corpus's `stories` folder, cold and then after appending
 * `edit` to the story at `edited` (a path under `stories`), and returns the two times.
 */
export async function benchFloor(root: string, stories: string, edited: string, edit: string): Promise<FloorRun[]> {
  const runs: FloorRun[] = [];
  for (const site of ['unified', 'text', 'one'] as const) {
    const dir = join(root, `floor-${site}`);
    writeFloorSite(dir, site, stories);
    const build = (env: Record<string, string>) => runScript('node_modules/astro/bin/astro.mjs', ['build'], env, dir);
    const cold = await build({});
    appendFileSync(join(dir, 'stories', edited), edit);
    const rebuilt = await build(site === 'one' ? { FLOOR_ONLY: edited.replace(/\.md$/, '') } : {});
    runs.push({ site, cold: cold.seconds, edit: rebuilt.seconds });
    rmSync(dir, { recursive: true, force: true });
  }
  return runs;
}

const LABEL: Record<FloorSite, string> = {
  unified: "bare Astro, glob() + Astro's unified processor",
  text: 'bare Astro, raw text, no Markdown',
  one: 'bare Astro, raw text, edit renders one page only',
};

/** A floor run as a row of the bench's floor table, with its ratios to Hugo + Pagefind's cold build. */
export const floorRow = (n: number, run: FloorRun, hugoCold: number | undefined) => ({
  articles: n,
  site: LABEL[run.site],
  'cold s': +run.cold.toFixed(2),
  'edit one s': +run.edit.toFixed(2),
  'hugo+pagefind cold s': hugoCold === undefined ? null : +hugoCold.toFixed(2),
  'cold ratio': hugoCold === undefined ? null : +(run.cold / hugoCold).toFixed(2),
  'edit one ratio': hugoCold === undefined ? null : +(run.edit / hugoCold).toFixed(2),
});
