import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILD_MS, POLL_MS } from '../helpers/budget.ts';
import { PROJECT_ROOT } from '../helpers/build.ts';
import { copyFixtureContent } from '../helpers/content-copy.ts';

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });

/** Polls `url` until `ready` says yes about its HTML, or gives up after `ms`. */
async function waitFor(url: string, ready: (html: string) => boolean, ms = POLL_MS): Promise<string> {
  const until = Date.now() + ms;
  let last = '';
  while (Date.now() < until) {
    last = await fetch(url)
      .then((r) => r.text())
      .catch(() => '');
    if (ready(last)) return last;
    await new Promise((r) => setTimeout(r, 250));
  }
  return last;
}

/** The environment a person's shell has: vitest's own variables (NODE_ENV=test, VITEST…) change how Vite serves. */
const outsideVitest = () =>
  Object.fromEntries(Object.entries(process.env).filter(([key]) => key !== 'NODE_ENV' && !key.startsWith('VITEST')));

const headline = (html: string) => /<h1[^>]*>([^<]*)/.exec(html)?.[1]?.trim();

// `npm run dev` is what editors preview with: the real Astro dev server on a copy of the fixture paper.
describe('npm run dev', () => {
  let dev: ChildProcess;
  let base: string;
  let content: string;
  let output = '';

  beforeAll(async () => {
    content = join(copyFixtureContent().root, 'content');
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    dev = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1', '--port', String(port)], {
      cwd: PROJECT_ROOT,
      env: {
        ...outsideVitest(),
        BROADSHEET_PREVIEW: '1',
        BROADSHEET_CONTENT: content,
        // Beside the throwaway content, or every run would leave a cache under .broadsheet/cache/.
        BROADSHEET_CACHE_DIR: join(content, '..', '.astro-cache'),
        BROADSHEET_NOW: '2026-11-24T12:00:00Z',
      },
    });
    dev.stdout?.on('data', (d: Buffer) => (output += d.toString()));
    dev.stderr?.on('data', (d: Buffer) => (output += d.toString()));
    // The front page lists the fixture's lead story once the server and the content are ready.
    const home = await waitFor(`${base}/`, (html) => html.includes('Council votes on the harbour plan'), BUILD_MS);
    expect(home, output).toContain('Council votes on the harbour plan');
  });

  afterAll(() => {
    dev?.kill('SIGTERM');
    rmSync(join(content, '..'), { recursive: true, force: true });
  });

  it('shows drafts, which a build leaves out', async () => {
    const html = await waitFor(`${base}/city/draft-story/`, (h) => headline(h) !== undefined);
    expect(headline(html)).toBe('Unfinished draft');
    expect(html).toMatch(/<p class="preview-banner"[^>]*>\s*Draft: not published\s*<\/p>/);
  });

  it('shows a story as saved, a moment after each save', async () => {
    const file = join(content, 'articles/news/council-vote.md');
    const url = `${base}/politics/council-vote/`;
    expect(headline(await waitFor(url, (h) => headline(h) !== undefined))).toBe('Council votes on the harbour plan');

    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('headline: Council votes on the harbour plan', 'headline: Saved once'),
    );
    expect(headline(await waitFor(url, (h) => headline(h) === 'Saved once')), output).toBe('Saved once');

    // A save that breaks the story puts its problems on every page, at the lines the editor sees.
    const good = readFileSync(file, 'utf8');
    const broken = good
      .replace('section: politics', 'section: sports')
      .replace('../../images/market.jpg', '../../images/market&gulls.jpg');
    writeFileSync(file, broken);
    const lineOf = (text: string) => broken.split('\n').findIndex((l) => l.includes(text)) + 1;
    const shown = (h: string) => h.includes('The content has') && h.includes('sports');
    const page = await waitFor(url, shown);
    expect(page, output).toContain('The content has 2 errors');
    const items = [...page.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => m[1]!.replace(/\s+/g, ' '));
    expect(items).toEqual([
      expect.stringContaining(`news/council-vote.md:${lineOf('section: sports')}</span> <code>section</code>: choose one of`),
      expect.stringContaining(
        `news/council-vote.md:${lineOf('market&gulls')}</span> photo &quot;../../images/market&amp;gulls.jpg&quot;`,
      ),
    ]);
    expect(items[0]).toContain('(not &quot;sports&quot;)');
    expect(items[0]).toMatch(/<div class="fix">write exactly one of: politics/);
    // Every word from the content is escaped.
    expect(page).not.toContain('market&gulls');
    expect(await waitFor(`${base}/`, shown)).toContain('The content has 2 errors');

    writeFileSync(file, good.replace('Saved once', 'Saved twice'));
    expect(headline(await waitFor(url, (h) => headline(h) === 'Saved twice')), output).toBe('Saved twice');
  });
});
