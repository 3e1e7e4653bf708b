import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/build.ts';
import { launchChromium } from '../helpers/browser.ts';
import { serve } from '../helpers/static-server.ts';

const LIVE = '/city/kelder-quay-ferries-storm-live/';
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
let server: Awaited<ReturnType<typeof serve>>;
let browser: Browser;
let page: Page;

describe('the sample live blog in Chromium', () => {
  beforeAll(async () => {
    server = await serve(inject('sampleDist'));
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    expect((await page.goto(server.url + LIVE))?.status()).toBe(200);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows the updates newest first', async () => {
    const times = await page
      .locator('.live-update .live-update__time time')
      .evaluateAll((els) => els.map((e) => Date.parse(e.getAttribute('datetime') ?? '')));
    expect(times.length).toBeGreaterThanOrEqual(8);
    expect(times).toEqual([...times].sort((a, b) => b - a));
    await expect
      .poll(() => page.locator('.live-update').first().locator('h2, h3').innerText())
      .toBe('Crossings could resume on Tuesday evening');
  });

  it('shows the live badge, the Last updated line and the key points above the updates', async () => {
    expect(await page.locator('.live-status__badge').innerText()).toMatch(/^live$/i);
    expect(await page.locator('.live-status__updated').innerText()).toMatch(/^Last updated 24 November 2026/);
    const points = page.getByRole('region', { name: 'Key points' }).getByRole('listitem');
    expect(await points.count()).toBe(4);
    const [keyBox, firstUpdate] = await Promise.all([
      page.locator('.live-key-points').boundingBox(),
      page.locator('.live-update').first().boundingBox(),
    ]);
    expect(keyBox!.y).toBeLessThan(firstUpdate!.y);
  });

  it('opens an update by its anchor: it is the :target and in view', async () => {
    const anchor = 'update-2026-11-22-1645';
    await page.goto(`${server.url}${LIVE}#${anchor}`);
    const update = page.locator(`#${anchor}`);
    await expect.poll(() => update.evaluate((el) => el.matches(':target'))).toBe(true);
    await expect.poll(() => update.evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(100);
    expect(await update.locator('h2, h3').innerText()).toBe('Quay closed to the public');
    // Its time is a permalink to itself.
    await page.locator('#barrier-closed .live-update__time').click();
    await page.waitForURL((url) => url.hash === '#barrier-closed');
    await expect.poll(() => page.locator('#barrier-closed').evaluate((el) => el.matches(':target'))).toBe(true);
  });

  it('passes axe', async () => {
    await page.goto(server.url + LIVE);
    const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
    expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
  });

  it('saves a screenshot', async () => {
    const out = join(PROJECT_ROOT, 'tests', 'output', 'story-forms');
    mkdirSync(out, { recursive: true });
    await page.goto(server.url + LIVE);
    for (const img of await page.locator('figure img').all()) await img.scrollIntoViewIfNeeded();
    await page.waitForFunction(() =>
      [...document.querySelectorAll<HTMLImageElement>('.live-update figure img')].every((i) => i.complete && i.naturalWidth > 0),
    );
    await page.evaluate(() => window.scrollTo(0, 0));
    const shot = await page.screenshot({ path: join(out, 'live-blog.png'), fullPage: true });
    expect(shot.byteLength).toBeGreaterThan(10_000);
  });
});
