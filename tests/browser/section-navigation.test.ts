import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/build.ts';
import { servedInChromium } from '../helpers/browser.ts';

// A paper with twelve sections, some with long names: the sample paper's built pages, their section
// list rewritten from its own first entry, so the test sees the real markup and CSS with more sections.
const TWELVE = [
  ['politics', 'Politics'],
  ['business', 'Business and Economy'],
  ['city', 'City Hall'],
  ['climate', 'Climate and Environment'],
  ['culture', 'Culture'],
  ['sport', 'Sport'],
  ['education', 'Schools and Colleges'],
  ['health', 'Health'],
  ['science', 'Science and Technology'],
  ['opinion', 'Opinion'],
  ['transport', 'Transport and Travel'],
  ['obituaries', 'Obituaries'],
] as const;
/** Pages of every kind, and the section each one marks as current. */
const PAGES = { '/': '', '/politics/': 'politics', '/sport/': 'sport', '/politics/wend-bridge-vote-delayed/': 'politics' };
const out = join(PROJECT_ROOT, 'tests', 'output', 'navigation');
const site = servedInChromium(() => inject('sampleDist'));

function withTwelveSections(html: string, current: string): string {
  return html.replace(/(<ul class="sections__list">)(.*?)(<\/ul>)/s, (_all, open: string, items: string, close: string) => {
    const first = /<li[^>]*>.*?<\/li>/s.exec(items)![0];
    const twelve = TWELVE.map(([id, name]) =>
      first
        .replace(/section--[a-z-]+/, `section--${id}`)
        .replace(/href="[^"]*"/, `href="/${id}/"`)
        .replace(/ aria-current="page"/, '')
        .replace(/<a /, id === current ? '<a aria-current="page" ' : '<a ')
        .replace(/>\s*[^<>]+?\s*<\/a>/, `>${name}</a>`),
    );
    return open + twelve.join('') + close;
  });
}

/** Serves `path` with the twelve sections in its navigation, `current` marked as the reader's. */
async function openWithTwelve(page: Page, path: string, current: string): Promise<void> {
  await page.route(`${site.server.url}${path}`, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: withTwelveSections(await response.text(), current) });
  });
  await page.goto(site.server.url + path);
  expect(await page.locator('.sections__list a').count()).toBe(12);
}

interface NavBox {
  nav: DOMRect;
  links: { text: string; left: number; top: number; width: number }[];
  overflows: boolean;
}

async function navBox(page: Page): Promise<NavBox> {
  return page.evaluate(() => {
    const nav = document.querySelector('nav.sections')!;
    const list = nav.querySelector('.sections__list')!;
    const links = [...nav.querySelectorAll('a')].map((a) => {
      // Positions relative to the unscrolled row, so scrolling does not count as a shift.
      const r = a.getBoundingClientRect();
      return { text: a.textContent.trim(), left: r.left + (a.closest('ul') ? list.scrollLeft : 0), top: r.top, width: r.width };
    });
    return { nav: nav.getBoundingClientRect().toJSON() as DOMRect, links, overflows: list.scrollWidth > list.clientWidth };
  });
}

describe('section navigation with twelve sections', () => {
  beforeAll(() => void mkdirSync(out, { recursive: true }));

  for (const width of [320, 375, 1280]) {
    it(`is one row at ${width} px, Search in view, the same on every page`, async () => {
      const context = await site.browser.newContext({ viewport: { width, height: 800 } });
      const boxes: NavBox[] = [];
      for (const [path, current] of Object.entries(PAGES)) {
        const page = await context.newPage();
        await openWithTwelve(page, path, current);
        const box = await navBox(page);
        // One row: every link, Search included, starts at the same height; Search is fully in view.
        expect(new Set(box.links.map((l) => l.top)).size, JSON.stringify(box.links)).toBe(1);
        const search = box.links.at(-1)!;
        expect(search.text).toBe('Search');
        expect(search.left + search.width).toBeLessThanOrEqual(width);
        expect(box.nav.height).toBeLessThan(60);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        if (path === '/sport/')
          await page.screenshot({ path: join(out, `twelve-sections-${width}.png`), clip: { x: 0, y: 0, width, height: 260 } });
        boxes.push(box);
        await page.close();
      }
      // No shift between pages: the row's height and every link's place and width stay put.
      for (const box of boxes.slice(1)) {
        expect(box.nav).toEqual(boxes[0]!.nav);
        expect(box.links).toEqual(boxes[0]!.links);
      }
      await context.close();
    });
  }

  it('scrolls a hidden section into view when the keyboard reaches it, and shows there is more', async () => {
    const context = await site.browser.newContext({ viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    await openWithTwelve(page, '/', '');
    const list = page.locator('.sections__list');
    expect((await navBox(page)).overflows).toBe(true);
    // The affordance: paper-coloured covers that scroll with the row over edge shadows that do not.
    expect(await list.evaluate((el) => getComputedStyle(el).backgroundAttachment)).toBe('local, local, scroll, scroll');
    const last = page.locator('.sections__list a').last();
    // Tab from the top of the page until the last section has focus: the skip link, the masthead, the row.
    let reached = false;
    for (let stops = 0; stops < 30 && !reached; stops++) {
      await page.keyboard.press('Tab');
      reached = await last.evaluate((a) => a === document.activeElement);
    }
    expect(reached).toBe(true);
    const inView = await last.evaluate((a) => {
      const r = a.getBoundingClientRect();
      const row = a.closest('ul')!.getBoundingClientRect();
      return r.left >= row.left - 1 && r.right <= row.right + 1;
    });
    expect(inView).toBe(true);
    await context.close();
  });
});
