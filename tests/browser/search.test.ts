import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, PROJECT_ROOT } from '../helpers/build.ts';
import { launchChromium } from '../helpers/browser.ts';
import { serve } from '../helpers/static-server.ts';

const work = mkdtempSync(join(tmpdir(), 'broadsheet-search-'));
const dist = join(work, 'dist');
let server: Awaited<ReturnType<typeof serve>>;
let browser: Browser;
let page: Page;
const blocked: string[] = [];

const results = () => page.locator('.pagefind-ui__result-link');

describe('searching the sample paper in Chromium', () => {
  beforeAll(async () => {
    // Its own Astro cache, so this build never races the other sample-site build over one folder.
    const result = build('content', dist, { BROADSHEET_CACHE_DIR: join(work, 'cache') });
    expect(result.status, result.output).toBe(0);
    server = await serve(dist);
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    page.on('console', (m) => {
      if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) blocked.push(m.text());
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('finds a story by a word from its body', async () => {
    await page.goto(`${server.url}/search/`);
    await page.getByRole('textbox', { name: 'Search' }).fill('pilotage');
    await expect.poll(() => results().count()).toBe(1);
    expect(await results().first().innerText()).toBe(
      'Port Authority raises berthing fees by 6.5% to pay for Kelder Quay dredging',
    );
    expect(await results().first().getAttribute('href')).toBe('/business/harbour-fees-rise/');
  });

  it('searches straight from a link, and narrows results to a section', async () => {
    await page.goto(`${server.url}/search/?q=Wend`);
    await expect.poll(() => results().count()).toBeGreaterThan(3);
    const all = await results().evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(new Set(all.map((href) => href?.split('/')[1])).size).toBeGreaterThan(2);
    await page.getByRole('checkbox', { name: /^Climate/ }).check();
    const hrefs = () => results().evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    await expect.poll(async () => (await hrefs()).every((href) => href.startsWith('/climate/'))).toBe(true);
    expect((await hrefs()).length).toBeGreaterThan(0);
  });

  it('runs within the Content-Security-Policy and leaves a screenshot', async () => {
    expect(blocked).toEqual([]);
    mkdirSync(join(PROJECT_ROOT, 'tests', 'output'), { recursive: true });
    await page.screenshot({ path: join(PROJECT_ROOT, 'tests', 'output', 'search.png'), fullPage: true });
  });
});
