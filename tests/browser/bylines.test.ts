import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/build.ts';
import { servedInChromium } from '../helpers/browser.ts';

const STORY = '/business/marisol-grey-crew/';
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const SHOTS = join(PROJECT_ROOT, 'tests', 'output', 'story-forms');
const opened = servedInChromium(() => inject('sampleDist'));
let page: Page;

describe('a story credited to several people, in Chromium', () => {
  beforeAll(async () => {
    page = await (await opened.browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    expect((await page.goto(opened.server.url + STORY))?.status()).toBe(200);
  });

  it('shows the byline, then every role with its people', async () => {
    const byline = page.locator('.story__byline');
    await expect.poll(() => byline.isVisible()).toBe(true);
    expect((await byline.innerText()).trim()).toBe('By Tomas Lind');
    const credits = page.getByRole('list', { name: 'Credits' });
    expect(await credits.isVisible()).toBe(true);
    // As a reader sees it, and copies it.
    expect(
      (await credits.innerText())
        .replace(/\s+/g, ' ')
        .replace(/\u00a0/g, ' ')
        .trim(),
    ).toBe('Additional reporting by Priya Raman · Translation and photography by Ines Amaral · Edited by Lucia Ferrante');
    // The line may wrap, but between credits, never inside one.
    const heights = await credits
      .getByRole('listitem')
      .evaluateAll((items) => items.map((li) => li.getBoundingClientRect().height));
    const line = await page.locator('.story__byline').evaluate((p) => p.getBoundingClientRect().height);
    for (const height of heights) expect(height).toBeLessThan(line * 1.5);
  });

  it("leads from a credit to the contributor's page, which lists the story and her profiles elsewhere", async () => {
    await page.getByRole('link', { name: 'Ines Amaral' }).first().click();
    await page.waitForURL((url) => url.pathname === '/authors/ines-amaral/');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Ines Amaral');
    const story = page.locator('.card', { has: page.locator(`a[href="${STORY}"]`) });
    expect(await story.locator('.card__role').innerText()).toContain('Credited for translation and photography');
    const elsewhere = page.locator('.author-header__elsewhere a');
    expect(await elsewhere.evaluateAll((as) => as.map((a) => [a.getAttribute('rel'), (a as HTMLAnchorElement).href]))).toEqual([
      ['me noopener', 'https://photos.example.net/ines-amaral'],
      ['me noopener', 'https://social.example/@ines'],
    ]);
    const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
    expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    mkdirSync(SHOTS, { recursive: true });
    await page.locator('main').screenshot({ path: join(SHOTS, 'bylines-author-page.png') });
    await page.goBack();
    await page.waitForURL((url) => url.pathname === STORY);
  });

  it('passes axe (WCAG 2.2 AA and best practice) with the credits, in light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
      expect(violations.map((v) => `${colorScheme} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(', ')})`)).toEqual([]);
    }
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('saves a screenshot of the header with the credits', async () => {
    mkdirSync(SHOTS, { recursive: true });
    const shot = await page.locator('.story__header').screenshot({ path: join(SHOTS, 'bylines.png') });
    expect(shot.byteLength).toBeGreaterThan(5_000);
  });
});
