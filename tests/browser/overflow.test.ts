import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { HtmlValidate } from 'html-validate';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import htmlValidateConfig from '../../.htmlvalidate.mjs';
import { checkContent } from '../../src/check/index.ts';
import site from '../../src/site.config.ts';
import { build } from '../helpers/build.ts';
import { launchChromium } from '../helpers/browser.ts';
import { copyFixtureContent } from '../helpers/content-copy.ts';
import { NOW } from '../helpers/mistakes/run.ts';
import { htmlFiles, templateOf, urlPath } from '../helpers/site-files.ts';
import { serve } from '../helpers/static-server.ts';

const sampleDist = inject('sampleDist');
const WIDE_STORY = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'wide-story', 'counting-northgate.md'), 'utf8');
const WIDE_PATH = '/city/counting-northgate/';
const WIDTHS = [320, 375, 1280];
/** An element's `style` attribute or a `<style>` element: the CSP forbids both. */
const INLINE_STYLE = /<[a-z][^>]*\sstyle\s*=|<style[\s>]/i;

/** One page of every template in a build: the pages a layout rule can break. */
function templatePages(dist: string): string[] {
  const first = new Map<string, string>();
  for (const file of htmlFiles(dist)) {
    const name = templateOf(
      urlPath(file),
      site.sections.map((s) => s.id),
    );
    if (!first.has(name)) first.set(name, urlPath(file));
  }
  return [...first.values()].sort();
}

let root: string;
let fixtureDist: string;
let archiveRoot: string;
let archiveDist: string;
let servers: Awaited<ReturnType<typeof serve>>[] = [];
let browser: Browser;

beforeAll(async () => {
  const copy = copyFixtureContent();
  root = copy.root;
  fixtureDist = join(root, 'dist');
  copy.write('articles/news/counting-northgate.md', WIDE_STORY);
  const result = build(join(root, 'content'), fixtureDist);
  expect(result.status, result.output).toBe(0);
  // The fixture archive, less the few stories it keeps for the checker to refuse (links no parser reads).
  archiveRoot = mkdtempSync(join(tmpdir(), 'broadsheet-archive-'));
  cpSync(join(import.meta.dirname, '..', 'fixtures', 'archive', 'content'), join(archiveRoot, 'content'), { recursive: true });
  cpSync(join(import.meta.dirname, '..', '..', 'public'), join(archiveRoot, 'public'), { recursive: true });
  const { problems } = await checkContent(archiveRoot, site, 'content', NOW);
  for (const file of new Set(problems.filter((p) => p.severity === 'error').map((p) => p.file))) rmSync(join(archiveRoot, file));
  archiveDist = join(archiveRoot, 'dist');
  const archive = build(join(archiveRoot, 'content'), archiveDist);
  expect(archive.status, archive.output).toBe(0);
  servers = [await serve(sampleDist), await serve(fixtureDist), await serve(archiveDist)];
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await Promise.all(servers.map((s) => s.close()));
  rmSync(root, { recursive: true, force: true });
  rmSync(archiveRoot, { recursive: true, force: true });
});

it('writes no inline style into any page, so the CSP never has to block one', () => {
  for (const dist of [sampleDist, fixtureDist, archiveDist]) {
    const styled = htmlFiles(dist).filter((f) => INLINE_STYLE.test(readFileSync(join(dist, f), 'utf8')));
    expect(styled, dist).toEqual([]);
  }
});

it('marks code blocks and tables up as valid HTML', async () => {
  const file = join(fixtureDist, WIDE_PATH, 'index.html');
  const report = await new HtmlValidate(htmlValidateConfig).validateString(readFileSync(file, 'utf8'), file);
  const errors = report.results.flatMap((r) => r.messages).filter((m) => m.severity === 2);
  expect(errors.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`)).toEqual([]);
});

/** A page in a fresh context that records every CSP violation, script error and console error. */
async function open(url: string): Promise<{ context: BrowserContext; page: Page; trouble: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP blocked ${e.blockedURI} (${e.violatedDirective})`),
    );
  });
  const page = await context.newPage();
  const trouble: string[] = [];
  page.on('pageerror', (e) => void trouble.push(e.message));
  page.on('console', (m) => void (m.type() === 'error' && !m.location().url.endsWith('/favicon.ico') && trouble.push(m.text())));
  await page.goto(url, { waitUntil: 'networkidle' });
  return { context, page, trouble };
}

/** The page's width and the window's, after the layout settles at `width`. */
async function widths(page: Page, width: number): Promise<[number, number]> {
  await page.setViewportSize({ width, height: 800 });
  await page.waitForFunction((w) => window.innerWidth === w, width);
  return page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
}

describe('no page is wider than the window', () => {
  const pages = () => [
    ...templatePages(sampleDist).map((p) => servers[0]!.url + p),
    ...templatePages(fixtureDist).map((p) => servers[1]!.url + p),
    servers[1]!.url + WIDE_PATH,
    // Every page of the fixture archive's stories: each is a case a real archive brought.
    ...htmlFiles(archiveDist)
      .map((f) => urlPath(f))
      .filter(
        (p) =>
          templateOf(
            p,
            site.sections.map((s) => s.id),
          ) === 'article',
      )
      .map((p) => servers[2]!.url + p),
    ...templatePages(archiveDist).map((p) => servers[2]!.url + p),
  ];

  it('at 320, 375 and 1,280 px, on one page of every template, every story of the fixture archive and a story of wide code, tables and URLs', async () => {
    const wide: string[] = [];
    const trouble: string[] = [];
    for (const url of new Set(pages())) {
      const opened = await open(url);
      for (const width of WIDTHS) {
        const [page, window] = await widths(opened.page, width);
        if (page > window) wide.push(`${url} at ${width}px is ${page}px wide`);
      }
      trouble.push(...opened.trouble.map((t) => `${url}: ${t}`));
      await opened.context.close();
    }
    expect(wide).toEqual([]);
    expect(trouble).toEqual([]);
  });
});

describe('the story of wide code, tables and URLs', () => {
  let opened: Awaited<ReturnType<typeof open>>;
  beforeAll(async () => void (opened = await open(servers[1]!.url + WIDE_PATH)));
  afterAll(() => opened?.context.close());

  it('scrolls each code block and table inside the column, each a named tab stop', async () => {
    await widths(opened.page, 320);
    const regions = await opened.page.evaluate(() =>
      [...document.querySelectorAll('.story__body pre, .story__body .table-scroll')].map((el) => ({
        tag: el.tagName,
        scrolls: el.scrollWidth > el.clientWidth && getComputedStyle(el).overflowX === 'auto',
        inColumn: el.getBoundingClientRect().right <= window.innerWidth,
        tabIndex: (el as HTMLElement).tabIndex,
        label: el.getAttribute('aria-label'),
      })),
    );
    expect(regions.map((r) => r.tag)).toEqual(['PRE', 'PRE', 'PRE', 'DIV']);
    for (const r of regions) expect(r).toMatchObject({ scrolls: true, inColumn: true, tabIndex: 0, label: expect.any(String) });
    expect(new Set(regions.map((r) => r.label)).size).toBe(regions.length);
  });

  it('colours code by class, legibly, with no axe violation in light and dark', async () => {
    const found: string[] = [];
    for (const [width, colorScheme] of [
      [1280, 'light'],
      [320, 'dark'],
    ] as const) {
      await widths(opened.page, width);
      await opened.page.emulateMedia({ colorScheme });
      const axe = new AxeBuilder({ page: opened.page }).options({ resultTypes: ['violations'] });
      axe.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']);
      const { violations } = await axe.analyze();
      found.push(
        ...violations.map((v) => `${width}px ${colorScheme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      );
    }
    const constant = await opened.page
      .locator('.story__body .hl-token-constant')
      .first()
      .evaluate((el) => getComputedStyle(el).color);
    expect(constant).not.toBe(
      await opened.page
        .locator('.story__body pre')
        .first()
        .evaluate((el) => getComputedStyle(el).color),
    );
    expect(found).toEqual([]);
  });
});
