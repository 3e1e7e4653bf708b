import AxeBuilder from '@axe-core/playwright';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/browser.ts';
import { builds } from '../helpers/budget.ts';
import { PROJECT_ROOT } from '../helpers/build.ts';
import { startBuild } from '../helpers/build-process.ts';
import { copyFixtureContent } from '../helpers/content-copy.ts';
import { startEmbedStandIn } from '../helpers/embed-stand-in.ts';
import { EMBED_STORY, embedStory } from '../helpers/embed-story.ts';
import { serve } from '../helpers/static-server.ts';

const out = join(PROJECT_ROOT, 'tests', 'output', 'story-forms');
let standIn: Awaited<ReturnType<typeof startEmbedStandIn>>;
let server: Awaited<ReturnType<typeof serve>>;
let browser: Browser;
let root: string;

/** A fresh page of the embed story, with every request it makes logged. */
async function open(javaScript = true): Promise<{ page: Page; requests: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 }, javaScriptEnabled: javaScript });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (r: Request) => requests.push(r.url()));
  const response = await page.goto(server.url + EMBED_STORY.url);
  expect(response?.status()).toBe(200);
  await page.waitForLoadState('load');
  return { page, requests };
}

const foreign = (requests: string[]) => requests.filter((u) => new URL(u).origin !== new URL(server.url).origin);

describe('an embed in Chromium: a poster that loads nothing from the provider until the reader asks', () => {
  beforeAll(async () => {
    standIn = await startEmbedStandIn();
    const copy = copyFixtureContent();
    root = copy.root;
    copy.write(EMBED_STORY.file, embedStory());
    const dist = join(root, 'dist');
    // Not spawnSync: the stand-in answers from this process while the build runs.
    const result = await startBuild(join(root, 'content'), dist, {
      BROADSHEET_EMBED_ORIGIN: standIn.origin,
      BROADSHEET_IMAGE_CACHE: join(root, 'images'),
    }).done;
    expect(result.status, result.output).toBe(0);
    server = await serve(dist);
    browser = await launchChromium();
    mkdirSync(out, { recursive: true });
  }, builds(2));

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await standIn?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('shows each poster, its thumbnail served by the site, and asks no other host before the click', async () => {
    const { page, requests } = await open();
    const video = page.locator('figure.embed--youtube');
    await expect.poll(() => video.locator('.embed__play').isVisible()).toBe(true);
    await expect
      .poll(() => video.locator('img').evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth))
      .toBeGreaterThan(0);
    expect(await video.locator('.embed__title').innerText()).toBe('Stand-in title of www.youtube.com');
    expect(await page.locator('figure.embed--instagram .embed__card').count()).toBe(1);
    expect(await page.locator('figure.embed--bluesky').getAttribute('data-embed-frame')).toBe(
      `${standIn.origin}/embed.bsky.app/embed/did:plc:standin/app.bsky.feed.post/3kxyzabc2de2f`,
    );
    expect(requests.some((u) => u.includes('/_media/'))).toBe(true);
    expect(foreign(requests)).toEqual([]);
    await page.screenshot({ path: join(out, 'embed-poster.png'), fullPage: true });
    const axe = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.context().close();
  });

  it('loads the provider’s frame from the stand-in only after the click, allowed by the page’s CSP', async () => {
    const { page, requests } = await open();
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain(`frame-src ${standIn.origin}`);
    await page.locator('figure.embed--youtube .embed__play').click();
    const frame = page.locator('figure.embed--youtube iframe.embed__frame');
    await expect.poll(() => frame.getAttribute('src')).toBe(`${standIn.origin}/www.youtube-nocookie.com/embed/Wd7fLdR1l0a`);
    expect(await frame.getAttribute('title')).toBe('YouTube: Stand-in title of www.youtube.com');
    expect(await frame.getAttribute('sandbox')).toContain('allow-scripts');
    await expect
      .poll(() => page.frameLocator('figure.embed--youtube iframe').locator('h1').innerText())
      .toBe('Stand-in player for www.youtube-nocookie.com');
    expect(foreign(requests)).toEqual([`${standIn.origin}/www.youtube-nocookie.com/embed/Wd7fLdR1l0a`]);
    // The chart's poster is still a poster: one click loads one frame.
    expect(await page.locator('figure.embed--datawrapper iframe').count()).toBe(0);
    await frame.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(out, 'embed-playing.png') });
    await page.context().close();
  });

  it('without JavaScript, shows no button and the poster’s link leads to the original', async () => {
    const { page, requests } = await open(false);
    const video = page.locator('figure.embed--youtube');
    expect(await video.locator('.embed__play').isVisible()).toBe(false);
    const link = video.getByRole('link', { name: 'Watch on YouTube' });
    expect(await link.getAttribute('href')).toBe('https://www.youtube.com/watch?v=Wd7fLdR1l0a');
    // The original is answered here: the test machine has no way out.
    await page
      .context()
      .route('https://www.youtube.com/**', (route) =>
        route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>The original</title>' }),
      );
    await link.click();
    await expect.poll(() => page.url()).toBe('https://www.youtube.com/watch?v=Wd7fLdR1l0a');
    expect(foreign(requests.slice(0, -1))).toEqual([]);
    await page.context().close();
  });
});
