import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { describe, expect, inject, it } from 'vitest';

// Budgets a reader on a slow phone notices: the story is readable before any photo arrives.
const SAMPLE_ARTICLE = 'politics/wend-bridge-vote-delayed/index.html';
const HTML_CSS_GZIP_BUDGET = 30 * 1024;
const LEAD_800_BUDGET = 80 * 1024;

const dist = inject('sampleDist');
const html = readFileSync(join(dist, SAMPLE_ARTICLE), 'utf8');
const { document } = parseHTML(html);
const local = (href: string) => join(dist, new URL(href, 'https://site.invalid/').pathname);

describe('page weight of the sample article', () => {
  it('ships no JavaScript: no script files, no inline code, no module preloads', () => {
    const code = [...document.querySelectorAll('script')].filter((s) => s.getAttribute('type') !== 'application/ld+json');
    const preloads = document.querySelectorAll('link[rel="modulepreload"], link[as="script"]');
    expect(code.map((s) => s.outerHTML.slice(0, 80))).toEqual([]);
    expect(preloads.length).toBe(0);
    expect(html).not.toMatch(/\son[a-z]+=/i);
  });

  it('is at most 30 KB of HTML and CSS after gzip', () => {
    const styles = [...document.querySelectorAll('link[rel="stylesheet"]')].map((l) => l.getAttribute('href') ?? '');
    for (const href of styles) expect(existsSync(local(href)), href).toBe(true);
    const bytes = [html, ...styles.map((href) => readFileSync(local(href)))].reduce(
      (sum, text) => sum + gzipSync(text).length,
      0,
    );
    expect(bytes).toBeLessThanOrEqual(HTML_CSS_GZIP_BUDGET);
  });

  it('has a lead photo of at most 80 KB at 800 px wide, in every format', () => {
    const picture = document.querySelector('.figure--hero picture');
    expect(picture).not.toBeNull();
    const at800 = [...(picture?.querySelectorAll('source, img') ?? [])].flatMap((el) =>
      (el.getAttribute('srcset') ?? '')
        .split(',')
        .map((c) => c.trim().split(/\s+/))
        .filter(([, w]) => w === '800w')
        .map(([url]) => url!),
    );
    expect(at800.length).toBe(3);
    for (const url of at800) expect(readFileSync(local(url)).length, url).toBeLessThanOrEqual(LEAD_800_BUDGET);
  });
});
