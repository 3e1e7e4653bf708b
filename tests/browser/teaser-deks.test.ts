import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { launchChromium } from '../helpers/browser.ts';
import { serve } from '../helpers/static-server.ts';

// A dek as long as the checker allows, written for this test: the sample paper's are all short.
const LONG_DEK = [
  'Ferry crews on the Wend met the harbour board for a fourth night running and left without a rota;',
  'the board says the winter timetable stands, the crews say it cannot be sailed with the boats in service,',
  'and the Saltmarket traders who rely on the early crossing say they will lose the Christmas weeks either way,',
  'while councillors from Ferrybank ask for an independent review before any service is cut.',
]
  .join(' ')
  .slice(0, 400);
let server: Awaited<ReturnType<typeof serve>>;
let browser: Browser;

beforeAll(async () => {
  server = await serve(inject('sampleDist'));
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

for (const width of [375, 1280]) {
  it(`shows three lines of a 400-character teaser dek at ${width} px, and keeps all of it in the markup`, async () => {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    await page.route(`${server.url}/politics/`, async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(/(<p class="card__dek">)[^<]*/, `$1${LONG_DEK}`);
      await route.fulfill({ response, body });
    });
    await page.goto(`${server.url}/politics/`);
    const dek = page.locator('.card__dek').first();
    const shown = await dek.evaluate((p) => ({
      text: p.textContent,
      lines: p.clientHeight / parseFloat(getComputedStyle(p).lineHeight),
      clipped: p.scrollHeight > p.clientHeight,
    }));
    expect(shown.text).toBe(LONG_DEK);
    expect(shown.clipped).toBe(true);
    expect(shown.lines).toBeCloseTo(3, 1);
    // Screen readers get the whole dek: clipping is visual only.
    expect(await dek.evaluate((p) => p.checkVisibility() && p.getAttribute('aria-hidden'))).toBeNull();
    await context.close();
  });
}
