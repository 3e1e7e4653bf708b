import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/build.ts';

const CLIENT = join(PROJECT_ROOT, 'src/admin/client');
// Value imports only: `import type` and type-only names vanish from the browser bundle.
const IMPORT = /^import\s+(?!type\s)[^'"]*?from\s+['"]([^'"]+)['"]/gm;

/** Every module the editor's browser code loads, by following its imports from src/admin/client/. */
function closure(): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    const specifiers = [...readFileSync(file, 'utf8').matchAll(IMPORT)].map((m) => m[1]!);
    seen.set(
      file,
      specifiers.filter((s) => !s.startsWith('.')),
    );
    for (const s of specifiers.filter((s) => s.startsWith('.'))) visit(resolve(dirname(file), s));
  };
  for (const name of readdirSync(CLIENT).filter((n) => n.endsWith('.ts'))) visit(join(CLIENT, name));
  return seen;
}

describe("the editor's browser code", () => {
  it('loads nothing that needs Node: no node:* module, no npm package (Decap brings its own React)', () => {
    const outside = [...closure()].flatMap(([file, bare]) =>
      bare.map((b) => `${file.slice(PROJECT_ROOT.length + 1)} imports ${b}`),
    );
    expect(outside).toEqual([]);
    expect(closure().size).toBeGreaterThan(10);
  });
});
