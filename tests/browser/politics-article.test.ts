import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/build.ts';
import { launchChromium } from '../helpers/browser.ts';
import { serve } from '../helpers/static-server.ts';

const ARTICLE = '/politics/wend-bridge-vote-delayed/';
let server: Awaited<ReturnType<typeof serve>>;
let browser: Browser;
let page: Page;

describe('the sample politics story in Chromium', () => {
  beforeAll(async () => {
    // The sample paper as `npm run build` makes it, built once for all browser tests (tests/setup).
    server = await serve(inject('sampleDist'));
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    const response = await page.goto(server.url + ARTICLE);
    expect(response?.status()).toBe(200);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows the breadcrumb trail Home / Politics / Article / headline', async () => {
    const trail = page.getByRole('navigation', { name: 'Breadcrumb' });
    await expect.poll(() => trail.isVisible()).toBe(true);
    const items = await trail.getByRole('listitem').allInnerTexts();
    const headline = await page.getByRole('heading', { level: 1 }).innerText();
    expect(items.map((t) => t.replace('/', '').trim())).toEqual(['Home', 'Politics', 'Article', headline]);
    expect(await trail.locator('[aria-current="page"]').innerText()).toBe(headline);
  });

  it('shows a visible credit under the lead photo and both body photos', async () => {
    const credits = page.locator('figure figcaption .figure__credit');
    expect(await credits.count()).toBe(3);
    for (const credit of await credits.all()) {
      expect(await credit.isVisible()).toBe(true);
      expect(await credit.textContent()).toMatch(/^Credit: .+/);
    }
    expect(await credits.nth(1).textContent()).toContain('DepositPhotos – HALLAM, WESTMARCH – Nov 20, 2026 — Photo by r_kestrel');
    await loadAllImages(page);
    const loaded = await page
      .locator('figure img')
      .evaluateAll((imgs) => (imgs as HTMLImageElement[]).map((i) => i.naturalWidth));
    expect(loaded).toHaveLength(3);
    for (const width of loaded) expect(width).toBeGreaterThan(0);
  });

  it('shows Read More, Also Read and Read Next lines that lead to real stories', async () => {
    const lines = page.locator('.story__body .related-link');
    const texts = (await lines.allTextContents()).map((t) => t.trim());
    for (const label of ['Read More:', 'Also Read:', 'Read Next:']) expect(texts.some((t) => t.startsWith(label))).toBe(true);
    for (const link of await lines.locator('a').all()) {
      const headline = await link.innerText();
      const href = (await link.getAttribute('href'))!;
      const target = await browser.newPage();
      const response = await target.goto(server.url + href);
      expect(response?.status(), href).toBe(200);
      expect(await target.getByRole('heading', { level: 1 }).innerText()).toBe(headline);
      await target.close();
    }
  });

  it('follows a related link by clicking it', async () => {
    const first = page.locator('.story__body .related-link a').first();
    const headline = await first.innerText();
    await first.click();
    await page.waitForURL((url) => url.pathname !== ARTICLE);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(headline);
    await page.goBack();
  });

  it('saves a full-page screenshot for people to look at', async () => {
    const out = join(PROJECT_ROOT, 'tests', 'output');
    mkdirSync(out, { recursive: true });
    await page.goto(server.url + ARTICLE);
    await loadAllImages(page);
    const shot = await page.screenshot({ path: join(out, 'politics-article.png'), fullPage: true });
    expect(shot.byteLength).toBeGreaterThan(10_000);
  });
});

/** Scrolls every lazy photo into view and waits until each has decoded. */
async function loadAllImages(p: Page) {
  for (const img of await p.locator('figure img').all()) await img.scrollIntoViewIfNeeded();
  await p.waitForFunction(() => [...document.images].every((i) => i.complete && i.naturalWidth > 0));
}
