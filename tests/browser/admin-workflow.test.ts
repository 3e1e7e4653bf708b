import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEditor, pick, shot } from '../helpers/admin-editor.ts';
import { launchChromium } from '../helpers/browser.ts';
import { POLL_MS } from '../helpers/budget.ts';
import { build } from '../helpers/build.ts';
import { fixtureRepository, git, serveEditor } from '../helpers/editor-server.ts';
import { check } from '../helpers/run-check.ts';

// The workflow of the deployed editor (draft, in review, ready, published): the built /admin/ with
// decap-server's git mode standing in for GitHub, where Decap makes a pull request of each branch.
describe('the review workflow', () => {
  let root: string;
  let repo: string;
  let browser: Browser;
  let page: Page;
  let server: Awaited<ReturnType<typeof serveEditor>>;
  const branches = () => git(repo, 'branch', '--list', 'cms/*');
  // Decap keeps a story's status as its branch's description (on GitHub: the pull request's label).
  const label = (branch: string) => {
    try {
      return git(repo, 'config', `branch.${branch}.description`);
    } catch {
      return '';
    }
  };

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'broadsheet-workflow-'));
    repo = fixtureRepository(root);
    // Without a repository in the site config the built editor talks to the proxy at /api/v1/.
    const built = build(join(repo, 'content'), join(root, 'site'), { GITHUB_REPOSITORY: '' });
    expect(built.status, built.output).toBe(0);
    server = await serveEditor(join(root, 'site'), repo);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    page.setDefaultTimeout(POLL_MS);
    // "Are you sure you want to publish this entry?": yes.
    page.on('dialog', (dialog) => void dialog.accept());
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('keeps a story on a branch of its own through draft, review and ready, and publishes it by merging', async () => {
    await openEditor(page, server.base);
    await page.goto(`${server.base}/admin/#/collections/stories/new`);
    await page.getByLabel('Headline').fill('Night ferry trial begins');
    await pick(page, 'Section', 'Cit', /^City$/);
    await pick(page, 'Authors', 'Ada', /Ada Reporter/);
    await page.getByLabel(/^Published/).fill('2026-11-22T10:00');
    await page.locator('[data-slate-editor="true"]').click();
    await page.keyboard.type('The first trial sailing left Kelder Quay at midnight.');
    await page.getByRole('button', { name: 'Save', exact: true }).click();

    const path = `content/articles/city/${new Date().getFullYear()}/night-ferry-trial-begins.md`;
    const branch = `cms/stories/city/${new Date().getFullYear()}/night-ferry-trial-begins`;
    await expect.poll(branches, { timeout: POLL_MS }).toContain(branch);
    await expect.poll(() => label(branch), { timeout: POLL_MS }).toBe('decap-cms/draft');
    // Not on main: the published branch does not have it (the working copy may be on the story's branch
    // for a moment, as decap-server checks it out to write it).
    expect(git(repo, 'ls-tree', '--name-only', 'main', path)).toBe('');

    for (const [from, to, status] of [
      ['Draft', 'In review', 'pending_review'],
      ['In review', 'Ready', 'pending_publish'],
    ] as const) {
      await page.getByRole('button', { name: `Status: ${from}` }).click();
      await page.getByRole('menuitem', { name: to }).click();
      await page.getByRole('button', { name: `Status: ${to}` }).waitFor();
      await expect.poll(() => label(branch), { timeout: POLL_MS }).toBe(`decap-cms/${status}`);
    }
    await shot(page, '5-workflow-ready');

    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Publish now' }).click();
    await expect.poll(branches, { timeout: POLL_MS }).toBe('');
    expect(git(repo, 'log', '-1', '--format=%s', 'main')).toContain('night-ferry-trial-begins');
    expect(git(repo, 'ls-tree', '--name-only', 'main', path)).toBe(path);
    expect(existsSync(join(repo, path))).toBe(true);
    const checked = check(repo);
    expect(checked.status, checked.out + checked.err).toBe(0);
  });
});
