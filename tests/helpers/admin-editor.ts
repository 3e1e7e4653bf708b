import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { PROJECT_ROOT } from './build.ts';

/** Where the editor's screenshots go; docs/editing.md shows copies of them (docs/images/editing/). */
export const SHOTS = join(PROJECT_ROOT, 'tests', 'output', 'editing');

/** A screenshot of the editor as a reporter sees it, named for the guide. */
export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

/** Chooses from one of Decap's searchable pick-lists (sections, authors, stories) by typing. */
export async function pick(page: Page, label: string | RegExp, typed: string, option: RegExp): Promise<void> {
  const box = page.getByLabel(label, { exact: typeof label === 'string' });
  await box.click();
  await box.pressSequentially(typed);
  await page.getByRole('option', { name: option }).first().click();
}

/**
 * Opens the editor at `/admin/` on the list of stories, signing in to the local working copy first if
 * this browser has not yet (no account: the button is all there is; Decap remembers it).
 */
export async function openEditor(page: Page, base: string): Promise<void> {
  await page.goto(`${base}/admin/#/collections/stories`);
  const login = page.getByRole('button', { name: 'Login' });
  const list = page.getByRole('heading', { name: 'Stories' });
  await login.or(list).first().waitFor();
  if (await login.isVisible()) await login.click();
  await list.waitFor();
}

/** "Publish now": with `npm run dev` that writes the story into the working copy. */
export async function publishNow(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Publish now' }).click();
}
