import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeVersion, moduleGraph } from '../../src/incremental/code-version.ts';
import { CACHES } from '../../src/incremental/registry.ts';
import { PROJECT_ROOT } from '../helpers/build.ts';

describe('the code a cache depends on', () => {
  it('follows relative imports through folders, and nothing else (types are erased: not code)', () => {
    const root = mkdtempSync(join(tmpdir(), 'broadsheet-graph-'));
    const write = (file: string, text: string) => {
      mkdirSync(join(root, file, '..'), { recursive: true });
      writeFileSync(join(root, file), text);
    };
    write(
      'src/a.ts',
      "import { b } from './b.ts';\nimport type { T } from '../types/t.ts';\nimport { type U, u } from './u.ts';\nimport { z } from 'zod';\n",
    );
    write('src/u.ts', "export type {\n  V,\n} from '../types/v.ts';\n");
    write('types/v.ts', '');
    write('src/b.ts', "export { c } from '../lib/c.ts';\n");
    write('lib/c.ts', "import './a-side-effect.ts';\n");
    write('lib/a-side-effect.ts', '');
    write('types/t.ts', '');
    write('src/unrelated.ts', '');
    expect(moduleGraph(root, ['src/a.ts'])).toEqual(['lib/a-side-effect.ts', 'lib/c.ts', 'src/a.ts', 'src/b.ts', 'src/u.ts']);
    // A module to stop at is neither counted nor followed.
    expect(moduleGraph(root, ['src/a.ts'], ['lib/c.ts'])).toEqual(['src/a.ts', 'src/b.ts', 'src/u.ts']);

    const before = codeVersion(root, ['src/a.ts']);
    write('src/unrelated.ts', 'changed');
    expect(codeVersion(root, ['src/a.ts'])).toBe(before);
    write('lib/c.ts', "import './a-side-effect.ts';\n// changed\n");
    expect(codeVersion(root, ['src/a.ts'])).not.toBe(before);
  });

  it('counts the credit parser as renderer code, and no page, layout or checker code', () => {
    const renderer = moduleGraph(PROJECT_ROOT, CACHES.stories.producers);
    expect(renderer).toEqual(expect.arrayContaining(['src/model/credit-line.ts', 'src/markdown/remark-figures.ts']));
    // The loader imports the checker's types, not its code: editing the checker re-renders nothing.
    expect(renderer.filter((f) => /^src\/(check|site)\//.test(f))).toEqual([]);
    const checker = moduleGraph(PROJECT_ROOT, CACHES.checks.producers);
    expect(checker).toEqual(expect.arrayContaining(['src/check/body.ts', 'src/model/credit-line.ts']));
    expect(checker.filter((f) => !/^src\/(model|incremental|photos|markdown|check)\//.test(f))).toEqual([]);
  });

  it('counts what decides a photo file, and not the bookkeeping of which page used it', () => {
    const photos = moduleGraph(PROJECT_ROOT, CACHES.photos.producers, CACHES.photos.bookkeeping);
    expect(photos).toEqual(expect.arrayContaining(['src/photos/encode.ts', 'src/photos/plan.ts', 'src/photos/xmp.ts']));
    expect(photos).toEqual(expect.arrayContaining(['src/photos/text-card.ts', 'src/model/credit-line.ts']));
    // A change to the page records re-encoded every photo (47 s at 5,000 text stories) before.
    for (const file of ['src/photos/page-photos.ts', 'src/incremental/reuse-pages.ts', 'src/photos/early-encode.ts'])
      expect(photos).not.toContain(file);
  });
});
