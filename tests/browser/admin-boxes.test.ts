import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEditor, publishNow, shot } from '../helpers/admin-editor.ts';
import { launchChromium } from '../helpers/browser.ts';
import { BUILD_MS, builds, POLL_MS } from '../helpers/budget.ts';
import { article, copyFixtureContent } from '../helpers/content-copy.ts';
import { startDevServer, waitFor, type DevServer } from '../helpers/dev-server.ts';
import { check } from '../helpers/run-check.ts';

const BODY = `“We keep it open for everybody,” the captain said.

:::editors-note
Our reporter travelled on the ferry's last four days.
:::

:::factbox[The chain ferry]

- **Crossing:** 180 metres
- **Fare:** free

:::

The story goes on.

:::pullquote{by="Desmond Achebe, captain"}
We keep it open for everybody.
:::

:::aside[Who was Ada Wend?]
A rope-maker.

Her boat hangs in the museum.
:::
`;

// A story holding the four boxes, opened in Decap's rich-text editor and saved after an edit to its
// headline: the boxes come back as the components' fields wrote them, byte for byte.
describe('boxes in the browser editor', { timeout: builds(1) }, () => {
  let dev: DevServer;
  let browser: Browser;
  let page: Page;
  let root: string;
  const file = () => join(root, 'content/articles/city/ferry-boxes.md');

  beforeAll(async () => {
    const copy = copyFixtureContent();
    root = copy.root;
    copy.write('articles/city/ferry-boxes.md', article({ headline: 'The chain ferry sails on' }, BODY));
    dev = await startDevServer(join(root, 'content'));
    const ready = await waitFor(`${dev.base}/admin/config.yml`, (t) => t.includes('collections:'), BUILD_MS);
    expect(ready, dev.output()).toContain('name: proxy');
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    page.setDefaultTimeout(POLL_MS);
  });

  afterAll(async () => {
    await browser?.close();
    dev?.stop();
    rmSync(root, { recursive: true, force: true });
  });

  it('shows each box as its component, and saves them unchanged', async () => {
    await openEditor(page, dev.base);
    await page.getByText('The chain ferry sails on').first().click();
    for (const label of ['Fact box', 'Aside', 'Pull quote', 'Editor’s note'])
      await expect.poll(() => page.getByText(label, { exact: true }).count(), { timeout: POLL_MS }).toBeGreaterThan(0);
    // The titles of the note (none), the fact box and the aside, read into their fields.
    const titles = () => page.getByLabel(/^Title/).evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    await expect.poll(titles, { timeout: POLL_MS }).toEqual(['', 'The chain ferry', 'Who was Ada Wend?']);
    await shot(page, 'boxes-in-the-editor');
    await page.getByLabel('Headline').fill('The chain ferry sails on, for now');
    await publishNow(page);
    const until = Date.now() + POLL_MS;
    let saved = '';
    while (Date.now() < until && !saved.includes('for now')) {
      saved = readFileSync(file(), 'utf8');
      if (!saved.includes('for now')) await new Promise((r) => setTimeout(r, 200));
    }
    expect(saved).toContain('headline: The chain ferry sails on, for now');
    expect(saved.slice(saved.indexOf('\n---\n') + 5).trim()).toBe(BODY.trim());
    const checked = check(root);
    expect(checked.status, checked.out + checked.err).toBe(0);
  });
});
