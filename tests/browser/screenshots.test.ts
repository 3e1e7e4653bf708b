import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/build.ts';
import { launchChromium } from '../helpers/browser.ts';
import { serve } from '../helpers/static-server.ts';

const PAGES = { front: '/', section: '/politics/', story: '/politics/wend-bridge-vote-delayed/' };
const WIDTHS = [375, 1280];
const SCHEMES = ['light', 'dark'] as const;
const out = join(PROJECT_ROOT, 'tests', 'output', 'screenshots');
let server: Awaited<ReturnType<typeof serve>>;
let browser: Browser;

// People look at these before calling a design done; the assertions catch what a glance would.
describe('screenshots of the design', () => {
  beforeAll(async () => {
    mkdirSync(out, { recursive: true });
    server = await serve(inject('sampleDist'));
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const [name, path] of Object.entries(PAGES)) {
    for (const width of WIDTHS) {
      for (const scheme of SCHEMES) {
        it(`${name} at ${width} px, ${scheme}`, async () => {
          const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
          const page = await context.newPage();
          const requests: string[] = [];
          page.on('request', (r) => requests.push(r.url()));
          await page.goto(server.url + path);
          for (const img of await page.locator('img').all()) await img.scrollIntoViewIfNeeded();
          await page.waitForFunction(() => [...document.images].every((i) => i.complete));
          await page.screenshot({ path: join(out, `${name}-${width}-${scheme}.png`), fullPage: true });
          // Nothing overflows sideways, nothing comes from another host, and the theme follows the reader.
          expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
          expect(requests.filter((u) => !u.startsWith(server.url))).toEqual([]);
          const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
          const [r = 0, g = 0, b = 0] = (background.match(/\d+/g) ?? []).map(Number);
          expect(r + g + b > 382, `${scheme} background ${background}`).toBe(scheme === 'light');
          await context.close();
        });
      }
    }
  }
});
