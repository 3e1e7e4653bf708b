import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** A module's relative imports as written: `from './x.ts'`, `import './x.ts'`, `import('./x.ts')`. */
const IMPORT = /\b(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g;
/**
 * `import type …` and `export type … from`: erased before the code runs, so the module they name is
 * not part of it (a loader that imports a checker type does not run the checker).
 */
const TYPE_ONLY = /^\s*(?:import|export)\s+type\s[^;]*?\bfrom\s*['"][^'"]+['"]/gm;

/**
 * Every project file that `entries` import, directly or through other project files, as paths
 * relative to `root`, sorted. Packages are left out: the registry counts their versions. Files named
 * in `stopAt` are neither counted nor followed.
 */
export function moduleGraph(root: string, entries: readonly string[], stopAt: readonly string[] = []): string[] {
  const seen = new Set<string>();
  const stops = new Set(stopAt.map((f) => resolve(root, f)));
  const visit = (file: string) => {
    if (seen.has(file) || stops.has(file) || !existsSync(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8').replace(TYPE_ONLY, '');
    for (const [, spec] of code.matchAll(IMPORT)) visit(resolve(dirname(file), spec!));
  };
  for (const entry of entries) visit(resolve(root, entry));
  return [...seen].map((f) => relative(root, f)).sort();
}

/**
 * A hash of the code that `entries` run (their module graph), for caches whose results that code
 * decides: a change anywhere else in the project leaves them valid. `leaveOut` names files whose
 * code does not count (they import nothing that does); `stopAt`, files not followed either.
 */
export function codeVersion(
  root: string,
  entries: readonly string[],
  leaveOut: readonly string[] = [],
  stopAt: readonly string[] = [],
): string {
  const hash = createHash('sha256');
  for (const file of moduleGraph(root, entries, stopAt).filter((f) => !leaveOut.includes(f)))
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(join(root, file)));
  return hash.digest('hex').slice(0, 16);
}
