import { cpSync, existsSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, PROJECT_ROOT } from './build.ts';
import { FIXTURE_CONTENT } from './content-copy.ts';
import { siteFiles } from './site-files.ts';

/** What a build runs: the code and settings an edit may change, copied so the shared tree is never touched. */
const PROJECT_FILES = ['src', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'];

/**
 * A throwaway project (its code, the fixture content, its packages linked) built again and again into
 * one site folder with the caches of the builds before, and each time also from fully empty caches
 * (Astro's and the photos'), so the two sites can be compared byte for byte.
 */
export function differentialProject() {
  const root = mkdtempSync(join(tmpdir(), 'broadsheet-differential-'));
  const at = (...parts: string[]) => join(root, ...parts);
  for (const name of PROJECT_FILES) cpSync(join(PROJECT_ROOT, name), at('project', name), { recursive: true });
  symlinkSync(join(PROJECT_ROOT, 'node_modules'), at('project', 'node_modules'));
  cpSync(FIXTURE_CONTENT, at('content'), { recursive: true });
  const env: Record<string, string> = { BROADSHEET_NOW: '2026-11-24T12:00:00Z' };
  let colds = 0;

  const run = (dist: string, extra: Record<string, string>) => {
    const result = build(at('content'), dist, { ...env, ...extra }, at('project'));
    if (result.status !== 0) throw new Error(`The build into ${dist} failed:\n${result.output}`);
    return result.output;
  };

  return {
    root,
    at,
    /** Settings every later build runs with (BROADSHEET_NOW moving on, say). */
    env,
    /** Rewrites a file of the project (`project/…`) or its content (`content/…`); the edit must change it. */
    edit(path: string, change: (text: string) => string): void {
      const before = readFileSync(at(path), 'utf8');
      const after = change(before);
      if (after === before) throw new Error(`The edit left ${path} as it was`);
      writeFileSync(at(path), after);
    },
    /** Builds into `site` with every cache the earlier builds left (Astro's beside the content, the photos'). */
    warm: () => run(at('site'), { BROADSHEET_IMAGE_CACHE: at('image-cache') }),
    /** Builds the same end state from fully empty caches into a folder of its own; returns that folder. */
    cold(): string {
      const n = ++colds;
      const dist = at(`cold-${n}`);
      run(dist, { BROADSHEET_CACHE_DIR: at(`cold-${n}-cache`), BROADSHEET_IMAGE_CACHE: at(`cold-${n}-images`) });
      return dist;
    },
  };
}

/** Every file in which site `a` differs from site `b`: missing, extra, or other bytes. */
export function siteDifferences(a: string, b: string): string[] {
  const inA = new Set(siteFiles(a));
  const inB = siteFiles(b);
  const out = inB.filter((f) => !inA.has(f)).map((f) => `missing ${f}`);
  for (const f of inA) {
    if (!existsSync(join(b, f))) out.push(`extra ${f}`);
    else if (!readFileSync(join(a, f)).equals(readFileSync(join(b, f)))) out.push(`differs ${f}`);
  }
  return out.sort();
}
