import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/build.ts';
import { servedInChromium } from '../helpers/browser.ts';

const PAGES = { front: '/', section: '/politics/', story: '/politics/wend-bridge-vote-delayed/' };
const WIDTHS = [375, 1280];
const SCHEMES = ['light', 'dark'] as const;
const out = join(PROJECT_ROOT, 'tests', 'output', 'screenshots');
const site = servedInChromium(() => inject('sampleDist'));

// People look at these before calling a design done; the assertions catch what a glance would.
describe('screenshots of the design', () => {
  beforeAll(() => void mkdirSync(out, { recursive: true }));

  for (const [name, path] of Object.entries(PAGES)) {
    for (const width of WIDTHS) {
      for (const scheme of SCHEMES) {
        it(`${name} at ${width} px, ${scheme}`, async () => {
          const context = await site.browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
          const page = await context.newPage();
          const requests: string[] = [];
          page.on('request', (r) => requests.push(r.url()));
          await page.goto(site.server.url + path);
          for (const img of await page.locator('img').all()) await img.scrollIntoViewIfNeeded();
          await page.waitForFunction(() => [...document.images].every((i) => i.complete));
          await page.screenshot({ path: join(out, `${name}-${width}-${scheme}.png`), fullPage: true });
          // Nothing overflows sideways, nothing comes from another host, and the theme follows the reader.
          expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
          expect(requests.filter((u) => !u.startsWith(site.server.url))).toEqual([]);
          const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
          const [r = 0, g = 0, b = 0] = (background.match(/\d+/g) ?? []).map(Number);
          expect(r + g + b > 382, `${scheme} background ${background}`).toBe(scheme === 'light');
          await context.close();
        });
      }
    }
  }
});
