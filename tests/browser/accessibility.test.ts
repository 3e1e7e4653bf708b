import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import site from '../../src/site.config.ts';
import { PROJECT_ROOT } from '../helpers/build.ts';
import { launchChromium } from '../helpers/browser.ts';
import { readerPages, templateOf, urlPath } from '../helpers/site-files.ts';
import { serve } from '../helpers/static-server.ts';

const dist = inject('sampleDist');
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
/** Best-practice rules (beyond WCAG) that are off, with the reason: none at present. */
const OFF: string[] = [];
const DESKTOP = { width: 1280, height: 900 };
const SECTIONS = site.sections.map((s) => s.id);
const shots = join(PROJECT_ROOT, 'tests', 'output', 'pages');

/** One page per template found in the build, whatever templates other features have added. */
function templates(): [string, string][] {
  const first = new Map<string, string>();
  for (const file of readerPages(dist)) {
    const html = readFileSync(join(dist, file), 'utf8');
    if (/<meta http-equiv="refresh"/.test(html)) continue; // redirect stubs carry no content
    let name = templateOf(urlPath(file), SECTIONS);
    if (name === 'article') name = html.includes('figure--hero') ? 'article with a hero photo' : 'article without a photo';
    if (!first.has(name)) first.set(name, urlPath(file));
  }
  return [...first].sort();
}

const TEMPLATES = templates();
let server: Awaited<ReturnType<typeof serve>>;
let browser: Browser;

beforeAll(async () => {
  server = await serve(dist);
  browser = await launchChromium();
  // Only this run's screenshots: templates come and go.
  rmSync(shots, { recursive: true, force: true });
  mkdirSync(shots, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

it('finds every core template in the build', () => {
  const names = TEMPLATES.map(([name]) => name);
  for (const name of ['front page', 'section', 'article with a hero photo', 'article without a photo', 'articles', '404.html'])
    expect(names).toContain(name);
});

describe.each(TEMPLATES)('%s (%s)', (name, path) => {
  let context: BrowserContext;
  let page: Page;
  const trouble: string[] = [];

  beforeAll(async () => {
    // Pages come from newContext(), as @axe-core/playwright requires.
    context = await browser.newContext({ viewport: DESKTOP });
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        console.error(`CSP blocked ${e.blockedURI} (${e.violatedDirective})`),
      );
    });
    page = await context.newPage();
    page.on('pageerror', (e) => void trouble.push(e.message));
    // Chromium asks for /favicon.ico on its own; that is not a reference the page makes.
    const favicon = (url: string) => url.endsWith('/favicon.ico');
    page.on('console', (m) => void (m.type() === 'error' && !favicon(m.location().url) && trouble.push(m.text())));
    page.on('response', (r) => void (r.status() >= 400 && !favicon(r.url()) && trouble.push(`${r.status()} ${r.url()}`)));
    page.on('dialog', (d) => void trouble.push(`dialog: ${d.message()}`));
    await page.goto(server.url + path, { waitUntil: 'networkidle' });
  });
  afterAll(() => context?.close());

  it('has no axe violations at WCAG 2.2 AA, on a desktop and on a 320 px phone in dark mode', async () => {
    const found = [];
    for (const [width, scheme] of [
      [DESKTOP.width, 'light'],
      [320, 'dark'],
    ] as const) {
      await page.setViewportSize({ width, height: DESKTOP.height });
      await page.emulateMedia({ colorScheme: scheme });
      // Only violations matter here; not collecting passes and incomplete results saves axe work.
      const axe = new AxeBuilder({ page }).options({ resultTypes: ['violations'] });
      // The second pass re-checks only what a narrow layout or the dark theme can change.
      if (width === 320) axe.withRules(['color-contrast', 'target-size', 'scrollable-region-focusable', 'meta-viewport']);
      else axe.withTags(WCAG_22_AA).disableRules(OFF);
      const { violations } = await axe.analyze();
      found.push(
        ...violations.map(
          (v) => `${width}px ${scheme} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
        ),
      );
    }
    await page.setViewportSize(DESKTOP);
    await page.emulateMedia({ colorScheme: 'light' });
    expect(found).toEqual([]);
  });

  it('has lang, one main, banner and footer, labelled navigation and headings in order', async () => {
    const outline = await page.evaluate(() => ({
      lang: document.documentElement.lang,
      landmarks: ['main', 'body > header', 'body > footer'].map((s) => document.querySelectorAll(s).length),
      navs: [...document.querySelectorAll('nav')].map((n) => n.getAttribute('aria-label') ?? n.getAttribute('aria-labelledby')),
      levels: [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.tagName[1])),
    }));
    expect(outline.lang).toBe(site.language);
    expect(outline.landmarks).toEqual([1, 1, 1]);
    expect(outline.navs.every(Boolean)).toBe(true);
    expect(new Set(outline.navs).size).toBe(outline.navs.length);
    expect(outline.levels.filter((l) => l === 1)).toHaveLength(1);
    outline.levels.forEach((level, i) => i > 0 && expect(level, `heading ${i}`).toBeLessThanOrEqual(outline.levels[i - 1]! + 1));
  });

  it('offers a visible skip link first and shows where the keyboard focus is', async () => {
    await page.goto(server.url + path);
    await page.keyboard.press('Tab');
    const skip = await focused(page);
    expect(skip).toMatchObject({ tag: 'A', href: '#main', text: 'Skip to content', visible: true, ring: true });
    await page.keyboard.press('Enter');
    expect((await focused(page)).tag).toBe('MAIN');
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press('Tab');
      const now = await focused(page);
      if (now.tag === 'BODY') break;
      expect(now, `tab stop ${i + 1}`).toMatchObject({ visible: true, ring: true });
    }
  });

  it('reflows at 320 px and at 200% zoom without scrolling sideways', async () => {
    const slug = name.replace(/[^a-z0-9]+/gi, '-');
    // 200% zoom of a 1280 × 900 window lays the page out in 640 × 450 CSS pixels.
    for (const [label, size] of [
      ['mobile', { width: 320, height: 640 }],
      ['zoom-200', { width: 640, height: 450 }],
    ] as const) {
      await page.setViewportSize(size);
      const widths = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
      expect(widths[0], `${label}: page width`).toBeLessThanOrEqual(widths[1]!);
      if (label === 'mobile') await page.screenshot({ path: join(shots, `${slug}-mobile.png`), fullPage: true });
    }
    await page.setViewportSize(DESKTOP);
    await page.screenshot({ path: join(shots, `${slug}-desktop.png`), fullPage: true });
  });

  it('stops animations and transitions for readers who ask for reduced motion', async () => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const moving = await page.evaluate(() =>
      [...document.querySelectorAll('*')].flatMap((el) => {
        const s = getComputedStyle(el);
        const long = (v: string) => v.split(',').some((d) => parseFloat(d) > 0.01);
        const animated = s.animationName !== 'none' && long(s.animationDuration);
        return animated || long(s.transitionDuration) || s.scrollBehavior === 'smooth' ? [el.tagName] : [];
      }),
    );
    await page.emulateMedia({ reducedMotion: null });
    expect(moving).toEqual([]);
  });

  it('runs with no CSP violation, script error, failed request or dialog', async () => {
    // The search page is the only one with scripts: run a search so they do all they can.
    const search = page.locator('main input[type="search"], main input[type="text"]');
    if (await search.count()) {
      await search.first().fill('bridge');
      await search.first().press('Enter');
      await expect.poll(() => page.locator('main a[href*="/"]').count()).toBeGreaterThan(3);
      await page.waitForLoadState('networkidle');
    }
    expect(trouble).toEqual([]);
  });
});

async function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const box = el.getBoundingClientRect();
    const s = getComputedStyle(el);
    return {
      tag: el.tagName,
      href: el.getAttribute('href'),
      text: el.textContent?.trim(),
      visible: box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0 && box.left < window.innerWidth,
      ring: (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none',
    };
  });
}
