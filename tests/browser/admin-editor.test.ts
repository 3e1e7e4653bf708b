import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { creditXmp } from '../../src/photos/xmp.ts';
import { openEditor, pick, publishNow, shot } from '../helpers/admin-editor.ts';
import { launchChromium } from '../helpers/browser.ts';
import { BUILD_MS, builds, POLL_MS } from '../helpers/budget.ts';
import { build, page as builtPage } from '../helpers/build.ts';
import { copyFixtureContent } from '../helpers/content-copy.ts';
import { startDevServer, waitFor, type DevServer } from '../helpers/dev-server.ts';
import { check } from '../helpers/run-check.ts';

/** Polls a file until `ready` holds for its text (the editor saves through the dev server). */
async function fileWhen(path: string, ready: (text: string) => boolean): Promise<string> {
  const until = Date.now() + POLL_MS;
  while (Date.now() < until) {
    const text = existsSync(path) ? readFileSync(path, 'utf8') : '';
    if (ready(text)) return text;
    await new Promise((r) => setTimeout(r, 200));
  }
  return existsSync(path) ? readFileSync(path, 'utf8') : '(no file)';
}

// The editor at /admin/ as a reporter uses it: `npm run dev` on a copy of the fixture paper, Decap CMS
// saving through its local proxy into that copy, then the real checker and build on what it saved.
describe('the browser editor', { timeout: builds(2) }, () => {
  let dev: DevServer;
  let browser: Browser;
  let page: Page;
  let root: string;
  const content = () => join(root, 'content');

  beforeAll(async () => {
    root = copyFixtureContent().root;
    dev = await startDevServer(content());
    const ready = await waitFor(`${dev.base}/admin/config.yml`, (t) => t.includes('collections:'), BUILD_MS);
    expect(ready, dev.output()).toContain('name: proxy');
    browser = await launchChromium();
  });

  // Each test in a fresh browser, as a reporter opening the editor anew.
  beforeEach(async () => {
    await page?.context().close();
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    // Every step waits for what it needs on the page; on a busy machine that can take a while.
    page.setDefaultTimeout(POLL_MS);
  });

  afterAll(async () => {
    await browser?.close();
    dev?.stop();
    rmSync(root, { recursive: true, force: true });
  });

  it('writes a story with a credited lead photo and related stories that checks, builds and shows them', async () => {
    // A photo as an agency sends it: its credit inside, in XMP.
    const photo = join(root, 'ferry-night.jpg');
    const xmp = creditXmp({ credit: { source: 'Courier Pictures', photographer: 'Ines Calder' } });
    await sharp({ create: { width: 1600, height: 1000, channels: 3, background: '#3a6a8a' } })
      .jpeg()
      .withXmp(xmp)
      .toFile(photo);

    await openEditor(page, dev.base);
    await shot(page, '1-stories');
    await page.goto(`${dev.base}/admin/#/collections/stories/new`);
    await page.getByLabel('Headline').fill('Harbour ferry gains a night crossing');
    await page.getByLabel(/^Dek/).fill('The council adds a late sailing for shift workers from January.');
    await pick(page, 'Section', 'Cit', /^City$/);
    await pick(page, 'Authors', 'Ada', /Ada Reporter/);
    await page.getByLabel(/^Published \(Europe\/London time\)/).fill('2026-11-22T10:00');

    await page
      .getByRole('button', { name: /choose an image/i })
      .first()
      .click();
    await page.locator('input[type="file"]').setInputFiles(photo);
    await page.getByRole('button', { name: /choose selected/i }).click();
    await page.getByLabel(/^Alt text/).fill('The ferry at its berth at dusk');
    // The photo desk is offered the credit the photo carries, and pastes the wire line instead.
    await expect
      .poll(() => page.locator('[data-credit-offer]').textContent(), { timeout: POLL_MS })
      .toContain('Courier Pictures — Photo by Ines Calder');
    await page
      .getByLabel('Wire credit line, pasted as the agency wrote it')
      .fill('Courier Pictures – HALLAM, WESTMARCH – Nov 21, 2026 — Photo by Ines Calder');
    await page.locator('[data-credit-widget]').scrollIntoViewIfNeeded();
    await shot(page, '2-photo-credit');

    await page.getByRole('button', { name: /add related story/i }).click();
    await pick(page, 'Story', 'Council', /Council votes on the harbour plan/);
    await page.locator('[data-slate-editor="true"]').click();
    await page.keyboard.type('The first night crossing leaves Kelder Quay at 23:40.');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: /add component/i }).click();
    await page.getByRole('menuitem', { name: 'Related story line' }).click();
    await pick(page, 'Linked story', 'Saltmarket', /Saltmarket reopens after repairs/);
    // A photo in the body, from the photos already in the paper, with its credit line under it.
    await page.getByRole('button', { name: /add component/i }).click();
    await page.getByRole('menuitem', { name: 'Photo with credit' }).click();
    await page
      .getByRole('button', { name: /choose an image/i })
      .last()
      .click();
    await page.getByText('market.jpg', { exact: true }).click();
    await page.getByRole('button', { name: /choose selected/i }).click();
    await page.getByLabel(/^Alt text \(what the photo shows\)/).fill('Stalls in the covered market');
    await page.getByLabel(/^Credit line/).fill('Northwire Photo – HALLAM – Nov 18, 2026 — Photo by Ada Brennan');
    await shot(page, '3-body-and-preview');
    await publishNow(page);

    // Filed under its section and the year it was written in: `articles/city/<year>/<id>.md`.
    const file = () =>
      join(content(), 'articles/city', String(new Date().getFullYear()), 'harbour-ferry-gains-a-night-crossing.md');
    const saved = await fileWhen(file(), (t) => t.includes('Read More: [[market-reopens]]'));
    expect(saved).toContain('src: ../../../images/ferry-night.jpg');
    expect(saved).toContain('credit: Courier Pictures – HALLAM, WESTMARCH – Nov 21, 2026 — Photo by Ines Calder');
    expect(saved).toMatch(/related:\n {2}- id: council-vote\n/);
    expect(saved).toContain(
      '![Stalls in the covered market](../../../images/market.jpg)\nCredit: Northwire Photo – HALLAM – Nov 18, 2026 — Photo by Ada Brennan',
    );
    expect(saved).not.toContain('draft: true');
    expect(existsSync(join(content(), 'images/ferry-night.jpg'))).toBe(true);

    const checked = check(root);
    expect(checked.status, checked.out + checked.err).toBe(0);
    const dist = join(root, 'dist');
    const result = build(content(), dist);
    expect(result.status, result.output).toBe(0);
    const story = builtPage(dist, '/city/harbour-ferry-gains-a-night-crossing/');
    expect(story.querySelector('.figure--hero .figure__credit')?.textContent).toBe(
      'Credit: Courier Pictures – HALLAM, WESTMARCH – Nov 21, 2026 — Photo by Ines Calder',
    );
    expect(story.querySelector('.story__body .related-link')?.textContent).toBe('Read More: Saltmarket reopens after repairs');
    expect(story.querySelector('.related a')?.textContent).toBe('Council votes on the harbour plan');
    const bodyPhoto = story.querySelector('.story__body figure img[alt="Stalls in the covered market"]')?.closest('figure');
    expect(bodyPhoto?.querySelector('.figure__credit')?.textContent).toBe(
      'Credit: Northwire Photo – HALLAM – Nov 18, 2026 — Photo by Ada Brennan',
    );
  });

  it('renames an existing story, and the related lines of the stories linking to it follow after a build', async () => {
    await openEditor(page, dev.base);
    await page.getByText('Saltmarket reopens after repairs').first().click();
    const headline = page.getByLabel('Headline');
    await headline.fill('Saltmarket reopens with a new glass roof');
    await shot(page, '4-edit-headline');
    await publishNow(page);
    const file = join(content(), 'articles/news/market-reopens.md');
    await fileWhen(file, (t) => t.includes('headline: Saltmarket reopens with a new glass roof'));

    const dist = join(root, 'dist');
    const result = build(content(), dist);
    expect(result.status, result.output).toBe(0);
    const linking = builtPage(dist, '/politics/council-vote/');
    const lines = [...linking.querySelectorAll('.related-link, .related li')].map((n) =>
      n.textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(lines.join('\n')).toContain('Saltmarket reopens with a new glass roof');
    expect(lines.join('\n')).not.toContain('Saltmarket reopens after repairs');
  });
});
