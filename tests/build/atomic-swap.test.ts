import { execFileSync } from 'node:child_process';
import { cpSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../helpers/build.ts';
import { startBuild } from '../helpers/build-process.ts';
import { copyFixtureContent } from '../helpers/content-copy.ts';

// dist is a link to a whole site at every instant, and a build that cannot write its site says why in
// one line and leaves dist as it was.
let root: string;
const at = (name: string) => join(root, name);
const images = () => ({ BROADSHEET_IMAGE_CACHE: at('images') });
const tram = () => at('content/articles/news/tram-delays.md');
const retitle = (n: number) =>
  writeFileSync(tram(), readFileSync(tram(), 'utf8').replace(/^headline: .*$/m, `headline: Tram delays, take ${n}`));
const mounted: string[] = [];
const isRoot = process.getuid?.() === 0;

function mount(dir: string, options: string): void {
  mkdirSync(dir, { recursive: true });
  execFileSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir]);
  mounted.push(dir);
}

/** The last line a failed build printed: it must say what failed, where, and what to do. */
function failure(output: string): string {
  expect(output).not.toMatch(/^\s+at /m); // no stack trace
  expect(output).not.toMatch(/unsettled top-level await/);
  return output.trim().split('\n').at(-1)!;
}

describe('the swap into dist', () => {
  beforeAll(() => {
    root = copyFixtureContent().root;
    const first = build(at('content'), at('site'), images());
    expect(first.status, first.output).toBe(0);
  }, 600_000);
  afterAll(() => {
    for (const dir of mounted.reverse()) execFileSync('umount', ['-l', dir]);
    rmSync(root, { recursive: true, force: true });
  });

  it('never shows a reader a missing or partial site, over several builds', async () => {
    const story = readdirSync(at('site/city')).find((n) => n.startsWith('tram'))!;
    const pages = [at('site/index.html'), at(`site/city/${story}/index.html`)];
    let reads = 0;
    const broken: string[] = [];
    for (let n = 1; n <= 3; n++) {
      retitle(n);
      const running = startBuild(at('content'), at('site'), images());
      while (!running.exited()) {
        for (const page of pages) {
          try {
            const text = readFileSync(page, 'utf8');
            if (!text.trimEnd().endsWith('</html>')) broken.push(`${page}: partial`);
          } catch (error) {
            broken.push(`${page}: ${(error as Error).message}`);
          }
          reads++;
        }
        await new Promise((r) => setImmediate(r));
      }
      const { status, output } = await running.done;
      expect(status, output).toBe(0);
      expect(readFileSync(pages[0]!, 'utf8')).toContain(`Tram delays, take ${n}`);
    }
    expect(broken).toEqual([]);
    expect(reads).toBeGreaterThan(100);
    expect(lstatSync(at('site')).isSymbolicLink()).toBe(true);
  }, 600_000);

  it.skipIf(!isRoot)(
    'builds into a folder on another file system',
    () => {
      mount(at('other-disk'), 'size=200m');
      for (let n = 0; n < 2; n++) {
        const result = build(at('content'), at('other-disk/www/dist'), images());
        expect(result.status, result.output).toBe(0);
      }
      expect(readFileSync(at('other-disk/www/dist/index.html'), 'utf8')).toContain('</html>');
    },
    600_000,
  );

  it.skipIf(!isRoot)(
    'fails in one line on a read-only file system, leaving dist as it was',
    () => {
      mount(at('read-only'), 'size=200m');
      expect(build(at('content'), at('read-only/dist'), images()).status).toBe(0);
      const front = readFileSync(at('read-only/dist/index.html'));
      execFileSync('mount', ['-o', 'remount,ro', at('read-only')]);
      retitle(9);
      const result = build(at('content'), at('read-only/dist'), images());
      expect(result.status).not.toBe(0);
      expect(failure(result.output)).toMatch(
        /^Build failed: .*read-only\/?.* read-only file system.*BROADSHEET_DIST.*left as it was\.$/,
      );
      expect(readFileSync(at('read-only/dist/index.html')).equals(front)).toBe(true);
    },
    600_000,
  );

  it.skipIf(!isRoot)(
    'fails in one line when the disk fills up, leaving dist as it was',
    () => {
      // Room for one site and a half: the first build fits, the second (a whole new folder) cannot.
      const bytes = Number(execFileSync('du', ['-sbL', at('site')], { encoding: 'utf8' }).split('\t')[0]);
      mount(at('small-disk'), `size=${Math.ceil((bytes * 1.5) / 4096) * 4096}`);
      cpSync(at('site/'), at('small-disk/dist'), { recursive: true, dereference: true });
      const front = readFileSync(at('small-disk/dist/index.html'));
      retitle(10);
      const result = build(at('content'), at('small-disk/dist'), images());
      expect(result.status).not.toBe(0);
      expect(failure(result.output)).toMatch(
        /^Build failed: no space left on the file system of .*small-disk.*left as it was\.$/,
      );
      expect(readFileSync(at('small-disk/dist/index.html')).equals(front)).toBe(true);
    },
    600_000,
  );
});
