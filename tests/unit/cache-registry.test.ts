import { appendFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { cacheVersion } from '../../src/incremental/cache-version.ts';
import { CACHES, type CacheName } from '../../src/incremental/registry.ts';
import { cacheDir } from '../../src/model/paths.ts';
import { PROJECT_ROOT } from '../helpers/build.ts';

const NAMES = Object.keys(CACHES) as CacheName[];
const BUILD_NAMES = NAMES.flatMap((n) => (CACHES[n].home === 'build' ? CACHES[n].names : []));
const matches = (pattern: string, name: string) =>
  new RegExp(
    `^${pattern
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  ).test(name);

const sources = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => join(e.parentPath, e.name));

/**
 * Which caches' versions change when `file` changes, in a copy of the project's code (the registry
 * reads the code under the root it is given).
 */
function invalidatedBy(file: string): CacheName[] {
  const root = mkdtempSync(join(tmpdir(), 'broadsheet-registry-'));
  cpSync(join(PROJECT_ROOT, 'src'), join(root, 'src'), { recursive: true });
  cpSync(join(PROJECT_ROOT, 'package-lock.json'), join(root, 'package-lock.json'));
  const versions = () => NAMES.map((n) => cacheVersion(n, root, { fresh: true }));
  const before = versions();
  appendFileSync(join(root, file), '\n// a change\n');
  const after = versions();
  rmSync(root, { recursive: true, force: true });
  return NAMES.filter((_, i) => before[i] !== after[i]).sort();
}

describe('the cache registry', () => {
  it('declares every file and folder a build writes into its cache folder, and nothing it does not', () => {
    // The sample site is built once per test run (tests/setup/sample-site.ts), into the default cache folder.
    expect(inject('sampleDist'), 'needs the sample build of tests/setup/sample-site.ts').toBeTruthy();
    const written = readdirSync(join(PROJECT_ROOT, cacheDir()));
    expect(written.filter((f) => !BUILD_NAMES.some((p) => matches(p, f)))).toEqual([]);
    expect(BUILD_NAMES.filter((p) => !written.some((f) => matches(p, f)))).toEqual([]);
  });

  it('names producing and bookkeeping modules that exist (a missing one would silently drop out of the key)', () => {
    const named = NAMES.flatMap((n) => [...CACHES[n].producers, ...(CACHES[n].bookkeeping ?? [])]);
    const missing = named.filter((p) => !existsSync(join(PROJECT_ROOT, p)));
    expect(missing).toEqual([]);
  });

  it('is the only module that names our files in the cache folder', () => {
    const ours = BUILD_NAMES.filter((n) => n.startsWith('broadsheet-'));
    const naming = sources(join(PROJECT_ROOT, 'src'))
      .filter((f) => !f.endsWith('src/incremental/registry.ts'))
      .flatMap((f) => ours.filter((n) => readFileSync(f, 'utf8').includes(`'${n}'`)).map((n) => `${f}: ${n}`));
    expect(naming).toEqual([]);
  });

  it('is described in src/incremental/README.md, a row per cache', () => {
    const readme = readFileSync(join(PROJECT_ROOT, 'src/incremental/README.md'), 'utf8');
    expect(NAMES.filter((n) => !new RegExp(`^\\| \`${n}\` `, 'm').test(readme))).toEqual([]);
  });

  it('changes the keys of exactly the caches whose producing code changed', () => {
    // A photo pipeline change re-encodes every photo and re-renders every keyed page that names one.
    // The checker's results go too while check/photo-file.ts imports MAX_INPUT_PIXELS from
    // images/encode.ts rather than images/limit.ts.
    expect(invalidatedBy('src/photos/social-card.ts')).toEqual(['pages', 'photos']);
    expect(invalidatedBy('src/photos/xmp.ts')).toEqual(['pages', 'photos']);
    expect(invalidatedBy('src/photos/encode.ts')).toEqual(['pages', 'photos']);
    // Which page used which photo file is bookkeeping: no photo is encoded again for it.
    expect(invalidatedBy('src/photos/page-photos.ts')).toEqual(['page-photos', 'pages']);
    expect(invalidatedBy('src/incremental/reuse-pages.ts')).toEqual(['page-photos', 'pages']);
    expect(invalidatedBy('src/markdown/remark-figures.ts')).toEqual(['bodies', 'stories']);
    expect(invalidatedBy('src/site/listings.ts')).toEqual(['pages']);
    expect(invalidatedBy('src/output/search-buckets.ts')).toEqual(['search']);
    expect(invalidatedBy('src/check/body.ts')).toEqual(['checks']);
    // The schema Astro runs on each story's data: Astro hashes only content.config.ts's own text.
    expect(invalidatedBy('src/model/schemas/story.ts')).toEqual(['bodies', 'checks', 'stories']);
    // How a search index is checked on reuse is part of the entries (their record).
    expect(invalidatedBy('src/incremental/folder-record.ts')).toEqual(['search']);
    // How keys are made is not in any cache: a new description in the registry keeps every entry.
    expect(invalidatedBy('src/incremental/registry.ts')).toEqual([]);
  });
});
