import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readerFor } from '../../src/import/readers.ts';
import { SOURCE_KINDS, type SourceKind } from '../../src/import/run/options.ts';
import type { ImportReport } from '../../src/import/run/report.ts';
import { build } from '../helpers/build.ts';
import { builds } from '../helpers/budget.ts';
import { importedStories } from '../helpers/imported-stories.ts';
import { IMPORT_FIXTURES, IMPORT_NOW, importFixture, importOptions } from '../helpers/import-fixtures.ts';
import { expectRedirects } from '../helpers/redirects.ts';

/**
 * The four fixture exports (our own writing: tests/fixtures/import/) imported into one content
 * folder, as a newsroom bringing several archives would, checked, built once, and every old address
 * of every post asked of nginx. The stories are compared field by field with
 * tests/fixtures/import/expected/<source>.json (UPDATE=1 rewrites them, to be read in review).
 */
const root = mkdtempSync(join(tmpdir(), 'import-fixtures-'));
const content = join(root, 'content');
const imports = join(root, 'import');
const dist = join(root, 'dist');
const reports = {} as Record<SourceKind, ImportReport>;
let built: ReturnType<typeof build>;

beforeAll(async () => {
  for (const kind of SOURCE_KINDS) reports[kind] = await importFixture(kind, content, imports);
  built = build(content, dist);
}, builds(2));

describe.each(SOURCE_KINDS)('the %s fixture', (kind) => {
  it('imports with zero check errors', () => {
    expect(reports[kind].check?.problems).toEqual([]);
    expect(reports[kind].files.written).toBeGreaterThan(9);
  });

  it('maps every story as expected, field by field', () => {
    const stories = Object.fromEntries(importedStories(content, join(imports, kind)));
    const expected = join(IMPORT_FIXTURES[kind].source.replace(/\/[^/]*\.(xml|json)$/, ''), '..', 'expected', `${kind}.json`);
    if (process.env['UPDATE']) writeFileSync(expected, `${JSON.stringify(stories, null, 1)}\n`);
    expect(stories).toEqual(JSON.parse(readFileSync(expected, 'utf8')));
  });

  it('answers every old address of every post with a redirect to its new page', async () => {
    expect(built.status, built.output).toBe(0);
    const manifest = JSON.parse(readFileSync(join(imports, kind, 'manifest.json'), 'utf8')) as {
      stories: Record<string, { url: string }>;
    };
    const reader = await readerFor(importOptions(kind, content, imports));
    const site = await reader.site();
    const pairs: [string, string][] = [];
    const hosts = [site.baseUrl, ...(site.otherUrls ?? [])].filter(Boolean).map((u) => new URL(u!).host);
    for await (const post of reader.posts()) {
      const story = manifest.stories[post.key];
      // A draft or a scheduled story has no page yet, so its old addresses wait for it too.
      const live = post.status === 'published' && Date.parse(post.published ?? '') <= IMPORT_NOW.getTime();
      if (!story || !live) continue;
      for (const old of post.oldUrls) {
        const url = new URL(old, site.baseUrl ?? 'https://old.example');
        if (site.baseUrl && !hosts.includes(url.host)) continue;
        const path = `${url.pathname}${url.search}`;
        if (path !== story.url && path !== '/') pairs.push([path, story.url]);
      }
    }
    // No old address was refused or claimed twice: every one of them must answer.
    expect(reports[kind].droppedRedirects).toEqual([]);
    expect(reports[kind].notes['contested-address']).toBeUndefined();
    expect(pairs.length).toBeGreaterThan(9);
    await expectRedirects(dist, pairs);
  });
});

describe('running an import again', () => {
  it('writes the same files, moves stories the editor re-sectioned and leaves an edited story alone', async () => {
    const again = await importFixture('wordpress', content, imports);
    expect(again.files).toMatchObject({ written: 0, edited: 0, 'not-ours': 0 });
    const edited = join(content, 'articles/2025/11/port-traffic-record-october.md');
    writeFileSync(edited, `${readFileSync(edited, 'utf8')}\nA paragraph the business desk added.\n`);
    const sections = join(imports, 'wordpress', 'sections.yaml');
    writeFileSync(sections, readFileSync(sections, 'utf8').replace('"harbour": ~', '"harbour": city'));
    const moved = await importFixture('wordpress', content, imports);
    expect(moved.leftAlone).toEqual([{ file: 'articles/2025/11/port-traffic-record-october.md', why: 'edited' }]);
    expect(readFileSync(edited, 'utf8')).toMatch(/A paragraph the business desk added\.\n$/);
    const ship = readFileSync(join(content, 'articles/2025/11/container-ship-grounds-off-saltgate.md'), 'utf8');
    expect(ship).toMatch(/^section: city$/m);
    expect(ship).toMatch(/^ {2}- \/politics\/container-ship-grounds-off-saltgate\/$/m);
    expect(moved.check?.problems).toEqual([]);
    const third = await importFixture('wordpress', content, imports);
    expect(third.files).toMatchObject({ written: 0, edited: 1 });
  });
});
