import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { parseHTML } from 'linkedom';
import { afterAll, describe, expect, inject, it } from 'vitest';
import htmlValidateConfig from '../../.htmlvalidate.mjs';
import { frameOrigins, hasPlayableEmbed, pagePolicy } from '../helpers/embed-pages.ts';
import { contentSecurityPolicy } from '../../src/output/csp.ts';
import { isExternal } from '../../src/markdown/rehype-external-links.ts';
import site from '../../src/site.config.ts';
import { builds } from '../helpers/budget.ts';
import { build } from '../helpers/build.ts';
import { brokenReason, idIndex, refsInHtml, refsInText, type Ref } from '../helpers/link-check.ts';
import { htmlFiles, readerPages, siteFiles, urlPath } from '../helpers/site-files.ts';

const dist = inject('sampleDist');
const pages = htmlFiles(dist);
const readers = readerPages(dist);
const read = (file: string) => readFileSync(join(dist, file), 'utf8');
const doc = (file: string) => parseHTML(read(file)).document;

describe('the built sample site', () => {
  it('has pages to check', () => {
    expect(pages.length).toBeGreaterThan(20);
  });

  it('passes html-validate with zero errors on every page', async () => {
    const validator = new HtmlValidate(htmlValidateConfig);
    const errors: string[] = [];
    for (const file of pages) {
      const report = await validator.validateString(read(file), file);
      for (const m of report.results.flatMap((r) => r.messages))
        if (m.severity === 2) errors.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
    expect(errors).toEqual([]);
  });

  it('has no broken internal link, image or asset reference in any page', () => {
    const broken = check(pages.flatMap((file) => refsInHtml(read(file), file, site.url)));
    expect(broken).toEqual([]);
  });

  it('has no broken URL in feeds, sitemaps, robots.txt or redirects', () => {
    const files = siteFiles(dist).filter((f) => /\.(xml|txt|json)$|(^|\/)_redirects$/.test(f) && !f.startsWith('pagefind/'));
    const refs = files.flatMap((file) => refsInText(read(file), file, site.url));
    expect(refs.length).toBeGreaterThan(0);
    expect(check(refs)).toEqual([]);
  });

  it('gives every page a title, a description and a canonical URL of its own', () => {
    const missing = readers.flatMap((file) => {
      const d = doc(file);
      const problems = [];
      if (!d.querySelector('title')?.textContent?.trim()) problems.push('no <title>');
      const canonical = d.querySelector('link[rel="canonical"]')?.getAttribute('href');
      const moved = redirectTarget(d);
      // A stub left at an old address names the story's new address as canonical instead.
      const own = new URL(moved ?? urlPath(file), site.url).href;
      if (canonical !== own) problems.push(`canonical is ${canonical}, not ${own}`);
      if (moved && !/noindex/.test(d.querySelector('meta[name="robots"]')?.getAttribute('content') ?? ''))
        problems.push('a redirect stub without noindex');
      if (!moved && !d.querySelector('meta[name="description"]')?.getAttribute('content')?.trim())
        problems.push('no description');
      return problems.map((p) => `${file}: ${p}`);
    });
    expect(missing).toEqual([]);
  });

  it('gives every link to another site rel="noopener"', () => {
    const origin = new URL(site.url).origin;
    const bare = pages.flatMap((file) =>
      [...doc(file).querySelectorAll('a[href]')]
        .filter((a) => isExternal(a.getAttribute('href') ?? '', origin))
        .filter((a) => !(a.getAttribute('rel') ?? '').split(/\s+/).includes('noopener'))
        .map((a) => `${file}: ${a.getAttribute('href')}`),
    );
    expect(bare).toEqual([]);
  });
});

describe('the Content-Security-Policy', () => {
  it('is the first thing in every page head, so it covers everything after it', () => {
    for (const file of readers) {
      const d = doc(file);
      // Redirect stubs load nothing at all; the _headers policy covers them like every other file.
      if (redirectTarget(d) && !d.querySelector('script, style, link[rel="stylesheet"], img')) continue;
      const csp = d.head.querySelector('meta[http-equiv="Content-Security-Policy"]');
      // A story with embeds adds frame-src for its own providers alone; every other page has the site's policy.
      expect(csp?.getAttribute('content'), file).toBe(pagePolicy(d));
      if (!hasPlayableEmbed(d)) expect(csp?.getAttribute('content'), file).toBe(contentSecurityPolicy());
      expect(d.head.firstElementChild?.getAttribute('charset'), file).toBe('utf-8');
      expect(d.head.children[1], file).toBe(csp);
    }
  });

  it('allows no inline script or style, and the _headers file sends the same policy', () => {
    expect(contentSecurityPolicy()).not.toContain('unsafe-inline');
    const headers = read('_headers');
    expect(headers).toContain(`Content-Security-Policy: ${contentSecurityPolicy({ header: true })}\n`);
    expect(contentSecurityPolicy({ header: true })).toContain("frame-ancestors 'none'");
  });

  it('lets a page frame only what it embeds, and the header allows every such frame', () => {
    const headerFrames = /frame-src ([^;]+)/.exec(contentSecurityPolicy({ header: true }))![1]!.split(' ');
    const framed = readers.flatMap((file) => frameOrigins(doc(file)));
    expect(framed).toEqual(['https://www.youtube-nocookie.com', 'https://datawrapper.dwcdn.net']);
    for (const origin of framed) expect(headerFrames).toContain(origin);
    expect(contentSecurityPolicy()).not.toContain('frame-src');
  });

  it('has nothing in any page that the policy would block', () => {
    const inline = readers.flatMap((file) => {
      const d = doc(file);
      const found = [
        ...[...d.querySelectorAll('script:not([src])')]
          .filter((s) => s.getAttribute('type') !== 'application/ld+json')
          .map(() => 'inline <script>'),
        ...[...d.querySelectorAll('style')].map(() => '<style> element'),
        ...[...d.querySelectorAll('[style]')].map((e) => `style attribute on <${e.tagName.toLowerCase()}>`),
        ...[...d.querySelectorAll('*')].flatMap((e) =>
          [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${a.name} handler`),
        ),
        ...[...d.querySelectorAll('[href^="javascript:" i], [src^="data:" i]')].map(
          (e) => `${e.tagName} with a script or data URL`,
        ),
      ];
      return found.map((f) => `${file}: ${f}`);
    });
    expect(inline).toEqual([]);
  });
});

describe('two builds of the same content', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'broadsheet-determinism-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it(
    'are byte-identical, even when the second starts with an empty build cache',
    () => {
      // Both builds run here, back to back, so nobody's edit can fall between them.
      const [first, second] = [join(scratch, 'first'), join(scratch, 'second')];
      const warm = build('content', first);
      expect(warm.status, warm.output).toBe(0);
      const cold = build('content', second, { BROADSHEET_CACHE_DIR: join(scratch, 'astro-cache') });
      expect(cold.status, cold.output).toBe(0);
      const files = siteFiles(first);
      expect(siteFiles(second)).toEqual(files);
      const differing = files.flatMap((f) => {
        const [a, b] = [readFileSync(join(first, f)), readFileSync(join(second, f))];
        if (a.equals(b)) return [];
        const at = a.findIndex((byte, i) => byte !== b[i]);
        return [`${f} from byte ${at}: ${a.subarray(at - 40, at + 80).toString()} ≠ ${b.subarray(at - 40, at + 80).toString()}`];
      });
      expect(differing).toEqual([]);
    },
    builds(2),
  );
});

/** Where a `<meta http-equiv="refresh">` stub sends the reader, if the page is one. */
function redirectTarget(d: Document): string | undefined {
  const refresh = d.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content');
  return refresh ? /url=(.+)$/i.exec(refresh)?.[1]?.trim() : undefined;
}

function check(refs: Ref[]): string[] {
  const ids = idIndex(dist);
  const seen = new Set<string>();
  return refs.flatMap((ref) => {
    const key = `${ref.from} ${ref.url}`;
    if (seen.has(key)) return [];
    seen.add(key);
    const reason = brokenReason(dist, ref, site.url, ids);
    return reason ? [`${ref.from}: ${ref.url} ${reason}`] : [];
  });
}
