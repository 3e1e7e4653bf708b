import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../helpers/build.ts';
import { startBuild, until } from '../helpers/build-process.ts';
import { article, copyFixtureContent } from '../helpers/content-copy.ts';
import { siteFiles } from '../helpers/site-files.ts';

// A build killed at any instant (kill -9, Ctrl-C), then the edit reverted: the next build must be the
// site a build from empty caches makes, byte for byte, and dist must show the old site meanwhile.
let root: string;
const at = (name: string) => join(root, name);
const warm = { BROADSHEET_IMAGE_CACHE: '' };
const cacheDist = () => at('.astro-cache/dist');
const manifest = () => at('.astro-cache/incremental-build.json');
const record = () => at('.astro-cache/broadsheet-page-photos.bin');
const tram = () => at('content/articles/news/tram-delays.md');
const OLD = 'Tram delays expected on the Northgate line';
const NEW = 'Tram works confirmed on the Northgate line';

const setHeadline = (from: string, to: string) => writeFileSync(tram(), readFileSync(tram(), 'utf8').replace(from, to));

/** Every page of Astro's cache written since `since` that shows the new headline. */
function rewrittenPages(since: number): string[] {
  if (!existsSync(cacheDist())) return [];
  return readdirSync(cacheDist(), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .filter((f) => (statSync(f, { throwIfNoEntry: false })?.mtimeMs ?? 0) >= since && readFileSync(f, 'utf8').includes(NEW));
}

/** Builds `site` with the warm caches and compares it with the cold build of the same content. */
function expectSameAsCold(cold: string): void {
  const result = build(at('content'), at('site'), warm);
  expect(result.status, result.output).toBe(0);
  const files = siteFiles(at(cold));
  expect(siteFiles(at('site'))).toEqual(files);
  expect(files.filter((f) => !readFileSync(at(`site/${f}`)).equals(readFileSync(at(`${cold}/${f}`))))).toEqual([]);
  // What the killed build left beside dist is gone.
  expect(readdirSync(at('.site-sites')).filter((n) => !n.startsWith('site-'))).toEqual([]);
}

/** Starts a build of the edited content, signals it once `moment` holds, and checks dist is untouched. */
async function interrupt(signal: NodeJS.Signals, moment: (since: number) => boolean, what: string) {
  const front = readFileSync(at('site/index.html'));
  const since = Date.now() - 1;
  const running = startBuild(at('content'), at('site'), warm);
  await until(() => moment(since), running, what);
  running.signal(signal);
  const { status } = await running.done;
  expect(status).not.toBe(0);
  expect(readFileSync(at('site/index.html')).equals(front)).toBe(true);
}

describe('a build interrupted, then the edit reverted', () => {
  beforeAll(() => {
    const copy = copyFixtureContent();
    root = copy.root;
    warm.BROADSHEET_IMAGE_CACHE = at('images');
    // Enough pages that page generation lasts long after the first rewritten page.
    for (let i = 0; i < 80; i++)
      copy.write(`articles/filler/filler-${i}.md`, article({ headline: `Filler story ${i}`, published: '2026-10-01 09:00' }));
    const cold = { BROADSHEET_CACHE_DIR: at('cold-cache'), BROADSHEET_IMAGE_CACHE: at('cold-images') };
    expect(build(at('content'), at('cold'), cold).status).toBe(0);
    setHeadline(OLD, NEW);
    expect(build(at('content'), at('cold-edited'), { ...cold, BROADSHEET_CACHE_DIR: at('cold-cache-2') }).status).toBe(0);
    setHeadline(NEW, OLD);
    const first = build(at('content'), at('site'), warm);
    expect(first.status, first.output).toBe(0);
  }, 600_000);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  for (const signal of ['SIGKILL', 'SIGINT'] as const)
    it(`${signal} while Astro rewrites its cached pages`, async () => {
      const before = readFileSync(manifest());
      setHeadline(OLD, NEW);
      await interrupt(signal, (since) => rewrittenPages(since).length > 0, 'a cached page rewritten');
      // The moment this test is about: pages rewritten, Astro's manifest not yet.
      expect(readFileSync(manifest()).equals(before)).toBe(true);
      setHeadline(NEW, OLD);
      expectSameAsCold('cold');
    }, 600_000);

  it('SIGKILL as soon as Astro has written its manifest', async () => {
    const before = readFileSync(manifest());
    setHeadline(OLD, NEW);
    await interrupt('SIGKILL', () => !readFileSync(manifest()).equals(before), "Astro's new manifest");
    setHeadline(NEW, OLD);
    expectSameAsCold('cold');
  }, 600_000);

  it('a build killed after the manifest and before the page-photos record, then the same content again', () => {
    // Killing exactly there is a matter of milliseconds: this is the state such a kill leaves.
    const old = readFileSync(record());
    setHeadline(OLD, NEW);
    expect(build(at('content'), at('site'), warm).status).toBe(0);
    writeFileSync(record(), old);
    // The edited story's page names a share card with the new headline: it must be written.
    expectSameAsCold('cold-edited');
    setHeadline(NEW, OLD);
    expectSameAsCold('cold');
  }, 600_000);

  it('never carries an edit of the published site or of the cache into the next builds', () => {
    const story = readdirSync(at('site/city')).find((n) => n.startsWith('tram'))!;
    writeFileSync(at(`site/city/${story}/index.html`), 'edited on the server\n', { flag: 'a' });
    // The photos and the search index of a recycled site are kept only where their bytes are this build's.
    const media = readdirSync(at('site/_media'));
    writeFileSync(at(`site/_media/${media[0]}`), 'edited on the server\n', { flag: 'a' });
    writeFileSync(at('site/_media/left-behind-1200.jpg'), 'a photo no page shows\n');
    const fragment = readdirSync(at('site/pagefind/fragment'))[0]!;
    writeFileSync(at(`site/pagefind/fragment/${fragment}`), 'edited on the server\n', { flag: 'a' });
    writeFileSync(at('site/pagefind/fragment/left-behind.pf_fragment'), 'stale\n');
    const cached = readdirSync(cacheDist(), { recursive: true }).map(String);
    const listing = cached.find((f) => f.endsWith('.html') && readFileSync(join(cacheDist(), f), 'utf8').includes(OLD))!;
    writeFileSync(
      join(cacheDist(), listing),
      readFileSync(join(cacheDist(), listing), 'utf8').replace(OLD, 'Edited in the cache'),
    );
    expectSameAsCold('cold');
    // The build after next recycles the folders of the edited site.
    expectSameAsCold('cold');
  }, 600_000);
});
