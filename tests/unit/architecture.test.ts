import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/build.ts';

/**
 * The subsystems under `src/` and what each may import (src/README.md draws the same picture).
 * Imports run one way: model ← incremental ← photos, markdown ← check ← load ← site ← output ←
 * tooling, publish, deploy, import ← Astro's own folders (pages, components, layouts) and the entry files.
 */
const MAY_IMPORT: Record<string, readonly string[]> = {
  model: [],
  incremental: ['model'],
  photos: ['model', 'incremental'],
  markdown: ['model', 'incremental'],
  check: ['model', 'incremental', 'photos', 'markdown'],
  load: ['model', 'incremental', 'photos', 'markdown', 'check'],
  site: ['model', 'incremental', 'photos', 'markdown', 'check', 'load'],
  output: ['model', 'incremental', 'photos', 'markdown', 'check', 'load', 'site'],
  tooling: ['model', 'incremental', 'photos', 'markdown', 'check'],
  publish: ['model', 'incremental', 'output'],
  deploy: ['model', 'incremental', 'output'],
  import: ['model', 'incremental', 'photos', 'markdown', 'check'],
  admin: ['model', 'incremental', 'photos', 'markdown', 'check', 'tooling'],
};
/** Folders and files Astro wants where they are: they sit on top and may import any subsystem. */
const ASTRO = ['pages', 'components', 'layouts', 'styles', 'content.config.ts', 'middleware.ts', 'env.d.ts'];

const SRC = join(PROJECT_ROOT, 'src');
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** The subsystem a file under src/ belongs to; the site's config is part of the model. */
function subsystem(file: string): string {
  const top = relative(SRC, file).split('/')[0]!;
  return top === 'site.config.ts' ? 'model' : top;
}

const sources = walk(SRC).filter((f) => /\.(ts|astro|mjs)$/.test(f));

describe('the source layout', () => {
  it('puts every module in a folder that names its subsystem', () => {
    const homeless = sources.map(subsystem).filter((s) => !(s in MAY_IMPORT) && !ASTRO.includes(s));
    expect(homeless).toEqual([]);
  });

  it('has every subsystem folder describe itself in a README', () => {
    const missing = Object.keys(MAY_IMPORT).filter((s) => {
      try {
        return !statSync(join(SRC, s, 'README.md')).isFile();
      } catch {
        return true;
      }
    });
    expect(missing).toEqual([]);
  });

  it('imports only in the declared direction', () => {
    const against: string[] = [];
    for (const file of sources) {
      const from = subsystem(file);
      const allowed = MAY_IMPORT[from];
      if (!allowed) continue;
      for (const [, spec] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
        const target = resolve(dirname(file), spec!);
        if (!target.startsWith(SRC + '/')) {
          against.push(`${relative(PROJECT_ROOT, file)} imports ${spec} from outside src/`);
          continue;
        }
        const to = subsystem(target);
        if (to !== from && !allowed.includes(to))
          against.push(`${relative(PROJECT_ROOT, file)} (${from}) imports ${to}: ${spec}`);
      }
    }
    expect(against).toEqual([]);
  });

  it('keeps every source file within 200 lines', () => {
    const files = [...sources, ...walk(join(PROJECT_ROOT, 'scripts')), ...walk(join(PROJECT_ROOT, 'tests'))];
    const long = files
      .filter((f) => /\.(ts|astro|mjs)$/.test(f) && !f.includes('/output/') && !f.includes('/fixtures/'))
      .map((f) => ({ file: relative(PROJECT_ROOT, f), lines: readFileSync(f, 'utf8').split('\n').length - 1 }))
      .filter((f) => f.lines > 200);
    expect(long).toEqual([]);
  });
});
