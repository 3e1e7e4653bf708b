import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILD_MS } from '../helpers/budget.ts';
import { copyFixtureContent } from '../helpers/content-copy.ts';
import { startDevServer, waitFor, type DevServer } from '../helpers/dev-server.ts';

const headline = (html: string) => /<h1[^>]*>([^<]*)/.exec(html)?.[1]?.trim();

// `npm run dev` is what editors preview with: the real Astro dev server on a copy of the fixture paper.
describe('npm run dev', () => {
  let dev: DevServer;
  let base: string;
  let content: string;

  beforeAll(async () => {
    content = join(copyFixtureContent().root, 'content');
    dev = await startDevServer(content);
    base = dev.base;
    // The front page lists the fixture's lead story once the server and the content are ready.
    const home = await waitFor(`${base}/`, (html) => html.includes('Council votes on the harbour plan'), BUILD_MS);
    expect(home, dev.output()).toContain('Council votes on the harbour plan');
  });

  afterAll(() => {
    dev?.stop();
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
    expect(headline(await waitFor(url, (h) => headline(h) === 'Saved once')), dev.output()).toBe('Saved once');

    // A save that breaks the story puts its problems on every page, at the lines the editor sees.
    const good = readFileSync(file, 'utf8');
    const broken = good
      .replace('section: politics', 'section: sports')
      .replace('../../images/market.jpg', '../../images/market&gulls.jpg');
    writeFileSync(file, broken);
    const lineOf = (text: string) => broken.split('\n').findIndex((l) => l.includes(text)) + 1;
    const shown = (h: string) => h.includes('The content has') && h.includes('sports');
    const page = await waitFor(url, shown);
    expect(page, dev.output()).toContain('The content has 2 errors');
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
    expect(headline(await waitFor(url, (h) => headline(h) === 'Saved twice')), dev.output()).toBe('Saved twice');
  });
});
