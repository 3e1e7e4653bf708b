import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/build.ts';
import { launchChromium } from '../helpers/browser.ts';
import { serve } from '../helpers/static-server.ts';

const FEATURE = '/city/wend-chain-ferry-last-crossing/';
const shots = join(PROJECT_ROOT, 'tests', 'output', 'story-forms');
let server: Awaited<ReturnType<typeof serve>>;
let browser: Browser;
let page: Page;

describe('fact box, aside, pull quote and editor’s note on the sample feature, in Chromium', () => {
  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    server = await serve(inject('sampleDist'));
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    expect((await page.goto(server.url + FEATURE))?.status()).toBe(200);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('names the fact box and the aside after their titles, as complementary regions', async () => {
    const factbox = page.getByRole('complementary', { name: 'The Wend chain ferry' });
    await expect.poll(() => factbox.isVisible()).toBe(true);
    expect(await factbox.getByRole('heading', { level: 2, name: 'The Wend chain ferry' }).count()).toBe(1);
    expect(await factbox.getByRole('listitem').count()).toBe(6);
    const aside = page.getByRole('complementary', { name: 'Who was Ada Wend?' });
    expect(await aside.isVisible()).toBe(true);
    await factbox.screenshot({ path: join(shots, 'fact-box.png') });
    await aside.screenshot({ path: join(shots, 'aside.png') });
  });

  it('shows the editor’s note as a note labelled "Editor’s note"', async () => {
    const note = page.getByRole('note', { name: 'Editor’s note' });
    expect(await note.isVisible()).toBe(true);
    expect(await note.innerText()).toContain('last four days of service');
    await note.screenshot({ path: join(shots, 'editors-note.png') });
  });

  it('sets the pull quote large, with its speaker, and hides the repeated words from screen readers', async () => {
    const quote = page.locator('.story__body figure.pullquote');
    expect(await quote.isVisible()).toBe(true);
    expect(await quote.getAttribute('aria-hidden')).toBe('true');
    expect(await quote.locator('figcaption').innerText()).toContain('Desmond Achebe, captain');
    const words = (await quote.locator('blockquote').innerText()).trim().replace(/\.$/, '').toLowerCase();
    // The words a screen reader skips here are read out where the story holds them.
    const story = (await page.locator('.story__body > p').allInnerTexts()).join(' ').toLowerCase();
    expect(story).toContain(words);
    const size = (sel: string) =>
      page
        .locator(sel)
        .first()
        .evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    expect(await size('.story__body figure.pullquote blockquote')).toBeGreaterThan(await size('.story__body > p'));
    await quote.screenshot({ path: join(shots, 'pull-quote.png') });
  });

  it('has no axe violations in the boxes (WCAG 2.2 AA), light and dark', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const { violations } = await new AxeBuilder({ page })
        .include('.story__body')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
        .options({ resultTypes: ['violations'] })
        .analyze();
      expect(violations.map((v) => `${scheme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('keeps the boxes in the feeds but not the pull quote, which feed readers would show as words said twice', () => {
    const feed = readFileSync(join(inject('sampleDist'), 'city', 'rss.xml'), 'utf8');
    const item = feed.slice(feed.indexOf('wend-chain-ferry-last-crossing'));
    const entry = item.slice(0, item.indexOf('</item>'));
    expect(entry).toContain('story-box--factbox');
    expect(entry).toContain('Who was Ada Wend?');
    expect(entry).toContain('it comes back for everybody');
    expect(entry).not.toContain('pullquote');
  });

  it('prints each box whole, ruled in black on white', async () => {
    await page.emulateMedia({ media: 'print' });
    for (const sel of ['.story-box--factbox', '.story-box--aside', 'figure.pullquote']) {
      const style = await page
        .locator(sel)
        .evaluate((e) => ({ ...getComputedStyle(e) }) as unknown as Record<string, string>)
        .then((s) => ({ breakInside: s['breakInside'], background: s['backgroundColor'], border: s['borderTopColor'] }));
      expect(style, sel).toEqual({ breakInside: 'avoid', background: 'rgba(0, 0, 0, 0)', border: 'rgb(0, 0, 0)' });
    }
    await page.locator('.story__body').screenshot({ path: join(shots, 'print.png') });
    await page.emulateMedia({ media: 'screen' });
  });
});
