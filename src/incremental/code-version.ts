import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** A module's relative imports as written: `from './x.ts'`, `import './x.ts'`, `import('./x.ts')`. */
const IMPORT = /\b(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g;

/**
 * Every project file that `entries` import, directly or through other project files, as paths
 * relative to `root`, sorted. Packages are left out: package-lock.json stands for them.
 */
export function moduleGraph(root: string, entries: readonly string[]): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(IMPORT)) visit(resolve(dirname(file), spec!));
  };
  for (const entry of entries) visit(resolve(root, entry));
  return [...seen].map((f) => relative(root, f)).sort();
}

/**
 * A hash of the code that `entries` run (their module graph), for caches whose results that code
 * decides: a change anywhere else in the project leaves them valid.
 */
export function codeVersion(root: string, entries: readonly string[]): string {
  const hash = createHash('sha256');
  for (const file of moduleGraph(root, entries))
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(join(root, file)));
  return hash.digest('hex').slice(0, 16);
}
