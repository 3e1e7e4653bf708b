import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../helpers/build.ts';
import { launchChromium } from '../helpers/browser.ts';
import { copyFixtureContent } from '../helpers/content-copy.ts';
import { displayText } from '../../src/model/markup.ts';
import { markdownFile, PAYLOADS, setAt, TEXT_FIELDS, validStory } from '../helpers/payloads.ts';
import { htmlFiles, urlPath } from '../helpers/site-files.ts';
import { serve } from '../helpers/static-server.ts';

const ALL = Object.values(PAYLOADS).join(' ');
// Frontmatter refuses tags (tests/unit/injection.test.ts): payloads come as character references the site decodes, then escapes.
const encode = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** Each field gets its own payload, marked with its name, so each can be found where it lands. */
const writtenFor = (field: string) =>
  field === 'related.0.label' ? 'L &quot;&gt;&lt;img src=x onerror=1&gt;' : encode(`${field} ${ALL}`);
/** The payload as readers get it: decoded, and set (its straight quotes curled). */
const payloadFor = (field: string) => displayText(writtenFor(field));
/** Payloads in fields that take addresses; a site path holds no space (model/site-path.ts). */
const URL_PAYLOADS = {
  'breadcrumbs.0.href': `/city/${PAYLOADS['attribute breakout'].replaceAll(' ', '/')}`,
  'hero.credit.license': `https://example.org/${PAYLOADS['attribute breakout']}`,
};
const AUTHOR = { name: `name ${ALL}`, role: `role ${ALL}`, bio: `bio ${ALL}` };
// Outside code, Markdown turns straight quotes into curly ones, so the escaped text has none.
const ESCAPED = 'body-escaped </script><script>alert(1)</script> <img src=x onerror=alert(1)>';
const BODY = `Code: \`body-code ${ALL}\`, and escaped: ${ESCAPED.replace(/</g, '\\<')}.

[A link with a hostile title](https://example.org/ 'body-title ${PAYLOADS['attribute breakout']}')
`;
const ARTICLE = '/city/payload-story/';
/** The agency's caption shows only when the photo has no caption of its own: a second story. */
const PAGE_OF: Record<string, string> = { 'hero.credit.caption': '/city/payload-caption/' };

let root: string;
let server: Awaited<ReturnType<typeof serve>>;
let browser: Browser;
let page: Page;
const dialogs: string[] = [];

beforeAll(async () => {
  const copy = copyFixtureContent();
  root = copy.root;
  const data = validStory();
  for (const field of TEXT_FIELDS) setAt(data, field, writtenFor(field));
  for (const [field, value] of Object.entries(URL_PAYLOADS)) setAt(data, field, value);
  setAt(data, 'authors', ['eve-payload']);
  setAt(data, 'hero.src', '../../images/harbour.jpg');
  copy.write('articles/news/payload-story.md', markdownFile(data, BODY));
  delete (data['hero'] as Record<string, unknown>)['caption'];
  copy.write('articles/news/payload-caption.md', markdownFile(data, BODY));
  copy.write('authors/eve-payload.yaml', stringify(AUTHOR));
  const result = build(join(root, 'content'), join(root, 'dist'), { BROADSHEET_CACHE_DIR: join(root, 'astro-cache') });
  expect(result.status, result.output).toBe(0);
  server = await serve(join(root, 'dist'));
  browser = await launchChromium();
  page = await (await browser.newContext()).newPage();
  page.on('dialog', (d) => void d.dismiss().finally(() => dialogs.push(d.message())));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

/** Where `needle` appears on the current page: as text, in an attribute, in a JSON-LD string. */
async function landings(needle: string) {
  return page.evaluate((n) => {
    const strings = (v: unknown): string[] =>
      typeof v === 'string' ? [v] : v && typeof v === 'object' ? Object.values(v).flatMap(strings) : [];
    const ld = [...document.querySelectorAll('script[type="application/ld+json"]')].flatMap((s) =>
      strings(JSON.parse(s.textContent!)),
    );
    const attributes = [...document.querySelectorAll('*')].flatMap((e) => [...e.attributes].map((a) => a.value));
    return {
      text: document.body.textContent!.includes(n) || document.title.includes(n),
      attribute: attributes.some((v) => v.includes(n)),
      jsonLd: ld.some((v) => v.includes(n)),
    };
  }, needle);
}

/** What would exist if any payload had become markup. */
const injected = () =>
  page.evaluate(() => ({
    images: document.querySelectorAll('img[src="x"]').length,
    handlers: [...document.querySelectorAll('*')].filter((e) => [...e.attributes].some((a) => /^on/i.test(a.name))).length,
    scripts: [...document.scripts].filter((s) => s.type !== 'application/ld+json' && !s.src).length,
    scriptLinks: document.querySelectorAll('[href^="javascript:" i]').length,
  }));

describe('hostile text in every field, built for real', () => {
  it.each([...TEXT_FIELDS, 'author name', 'author role', 'author bio'])('%s lands as inert text', async (field) => {
    const author = field.startsWith('author ') ? AUTHOR[field.slice(7) as keyof typeof AUTHOR] : undefined;
    await page.goto(server.url + (author ? '/authors/eve-payload/' : (PAGE_OF[field] ?? ARTICLE)));
    const found = await landings(author ?? payloadFor(field));
    expect(found.text || found.attribute || found.jsonLd, `${field} is nowhere on the page`).toBe(true);
    expect(await injected()).toEqual({ images: 0, handlers: 0, scripts: 0, scriptLinks: 0 });
  });

  it.each(Object.entries(URL_PAYLOADS))('%s keeps its quotes inside the attribute', async (field, url) => {
    await page.goto(server.url + ARTICLE);
    const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs, field).toContain(url);
  });

  it('keeps the headline whole in the page, its title and its JSON-LD', async () => {
    await page.goto(server.url + ARTICLE);
    expect(await page.locator('h1').innerText()).toBe(payloadFor('headline'));
    expect(await page.title()).toContain(payloadFor('headline'));
    const ld = await page
      .locator('script[type="application/ld+json"]')
      .evaluateAll((s) => s.map((e) => JSON.parse(e.textContent!)));
    expect(ld.find((d) => d['@type'] === 'NewsArticle')?.headline).toBe(payloadFor('headline'));
    expect(ld.find((d) => d['@type'] === 'NewsArticle')?.description).toBe(payloadFor('dek'));
  });

  it('draws the headline onto the social card image without breaking it', async () => {
    await page.goto(server.url + ARTICLE);
    const card = await page.locator('meta[property="og:image"]').getAttribute('content');
    const meta = await sharp(join(root, 'dist', new URL(card!).pathname)).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 1200, 630]);
  });

  it('keeps the body payloads as text in code, escapes and link titles', async () => {
    await page.goto(server.url + ARTICLE);
    for (const needle of [`body-code ${ALL}`, ESCAPED]) expect((await landings(needle)).text, needle).toBe(true);
    expect((await landings(`body-title ${PAYLOADS['attribute breakout']}`)).attribute).toBe(true);
  });

  it('fires no dialog and injects nothing on any page of the site', async () => {
    for (const file of htmlFiles(join(root, 'dist'))) {
      // Stubs at old addresses move on at once; the page they lead to is checked in its own right.
      if (readFileSync(join(root, 'dist', file), 'utf8').includes('http-equiv="refresh"')) continue;
      await page.goto(server.url + urlPath(file));
      expect(await injected(), file).toEqual({ images: 0, handlers: 0, scripts: 0, scriptLinks: 0 });
    }
    expect(dialogs).toEqual([]);
  });

  it('finds the story through search without running what it says', async () => {
    await page.goto(`${server.url}/search/?q=onerror`, { waitUntil: 'networkidle' });
    await expect.poll(() => page.locator('main a[href*="payload-story"]').count()).toBeGreaterThan(0);
    expect(await injected()).toEqual({ images: 0, handlers: 0, scripts: 0, scriptLinks: 0 });
    expect(dialogs).toEqual([]);
  });

  it.each(['rss.xml', 'atom.xml', 'sitemap.xml', 'news-sitemap.xml'])(
    '%s is well-formed XML with the headline as text',
    async (file) => {
      const xml = readFileSync(join(root, 'dist', file), 'utf8');
      const parsed = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'application/xml');
        const asHtml = (s: string) => new DOMParser().parseFromString(s, 'text/html');
        // Atom's type="html" and RSS descriptions carry escaped HTML: read them the way a feed reader does.
        const html = [...doc.querySelectorAll('*')].filter(
          (e) => e.getAttribute('type') === 'html' || /^(content:encoded|description|content|summary)$/.test(e.tagName),
        );
        const leaves = [...doc.querySelectorAll('*')].filter((e) => e.children.length === 0);
        return {
          error: doc.querySelector('parsererror')?.textContent ?? null,
          text: leaves.map((e) => (html.includes(e) ? asHtml(e.textContent ?? '').body.textContent : e.textContent)).join('\n'),
          injected: html.reduce(
            (n, e) => n + asHtml(e.textContent ?? '').querySelectorAll('img[src="x"], script, [onerror]').length,
            0,
          ),
        };
      }, xml);
      expect(parsed.error).toBeNull();
      expect(parsed.injected).toBe(0);
      if (!file.includes('sitemap')) expect(parsed.text).toContain(payloadFor('headline'));
    },
  );
});

describe('the Content-Security-Policy in Chromium', () => {
  it('blocks an inline script that got into a page, and leaves JSON-LD readable', async () => {
    const file = join(root, 'dist', 'city', 'payload-story', 'index.html');
    const html = readFileSync(file, 'utf8');
    writeFileSync(file, html.replace('<main', '<script>document.title = "ran"</script><main'));
    const violations: string[] = [];
    page.on('console', (m) => void (m.text().includes('Content Security Policy') && violations.push(m.text())));
    await page.goto(server.url + ARTICLE, { waitUntil: 'networkidle' });
    expect(await page.title()).not.toBe('ran');
    expect(violations.length).toBeGreaterThan(0);
    const ld = await page
      .locator('script[type="application/ld+json"]')
      .first()
      .evaluate((s) => JSON.parse(s.textContent!));
    expect(ld['@context']).toBe('https://schema.org');
    writeFileSync(file, html);
  });
});
