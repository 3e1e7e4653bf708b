import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../src/output/csp.ts';
import { HEADER_RULES, headersFile, nginxConfig } from '../../src/output/headers.ts';
import { PROJECT_ROOT } from '../helpers/build.ts';

const read = (path: string) => readFileSync(join(PROJECT_ROOT, path), 'utf8');
type Headers = Record<string, Record<string, string>>;

/**
 * `_headers` as Cloudflare Pages reads it: a path at the start of a line, its headers indented under
 * it; `! Name` drops a header an earlier rule gave, which the rule then sets again itself.
 */
function parseHeadersFile(text: string): Headers {
  const rules: Headers = {};
  let path = '';
  for (const line of text.split('\n').filter((l) => l.trim() && !l.startsWith('#') && !/^\s+!/.test(l))) {
    if (!/^\s/.test(line)) rules[(path = line.trim())] = {};
    else {
      const [, name = '', value = ''] = /^\s+([^:]+):\s*(.*)$/.exec(line) ?? [];
      rules[path]![name.toLowerCase()] = value;
    }
  }
  return rules;
}

/** The nginx config's `add_header`s by location, written back as `_headers` paths (`/_astro/` is `/_astro/*`). */
function parseNginx(text: string): Headers {
  const rules: Headers = {};
  for (const [, path = '', body = ''] of text.matchAll(/^location (\S+) \{\n([\s\S]*?)^\}/gm)) {
    const headers: Record<string, string> = {};
    for (const [, name = '', value = ''] of body.matchAll(/add_header (\S+) "((?:[^"\\]|\\.)*)" always;/g))
      headers[name.toLowerCase()] = value.replaceAll('\\"', '"');
    rules[`${path}*`] = headers;
  }
  return rules;
}

describe('the response headers (src/output/headers.ts)', () => {
  it('are what public/_headers and deploy/nginx-site.conf hold (run `npm run headers` after a change)', () => {
    expect(read('public/_headers')).toBe(headersFile());
    expect(read('deploy/nginx-site.conf')).toBe(nginxConfig());
  });

  it('reach readers the same from _headers and from nginx, path by path', () => {
    const fromHeaders = parseHeadersFile(read('public/_headers'));
    const all = fromHeaders['/*']!;
    // _headers hosts add the headers of every matching rule; the nginx config repeats them per location.
    const merged = Object.fromEntries(Object.entries(fromHeaders).map(([path, h]) => [path, { ...all, ...h }]));
    expect(parseNginx(read('deploy/nginx-site.conf'))).toEqual(merged);
  });

  it('forbid framing, sniffing and plain http, and send the page policy with frame-ancestors', () => {
    const all = parseHeadersFile(headersFile())['/*']!;
    expect(all['content-security-policy']).toBe(contentSecurityPolicy({ header: true }));
    expect(all['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(all['strict-transport-security']).toMatch(/^max-age=(\d{8,}); includeSubDomains$/);
    expect(all).toMatchObject({
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'strict-origin-when-cross-origin',
      'cross-origin-opener-policy': 'same-origin',
    });
    expect(all['permissions-policy']).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/);
  });

  it('cache only files named by a hash of their bytes for good', () => {
    const forGood = HEADER_RULES.filter((r) =>
      r.headers.some(([name, value]) => name === 'Cache-Control' && value.includes('immutable')),
    );
    expect(forGood.map((r) => r.path)).toEqual(['/_astro/*', '/_media/*']);
  });

  it("give the editor at /admin/ its own policy in place of the reader site's, and nothing else", () => {
    const admin = parseHeadersFile(headersFile())['/admin/*']!;
    expect(admin['content-security-policy']).toContain("script-src 'self' 'unsafe-eval'");
    expect(admin['cross-origin-opener-policy']).toBe('same-origin-allow-popups');
    expect(headersFile()).toMatch(/\/admin\/\*\n {2}! Content-Security-Policy\n {2}! Cross-Origin-Opener-Policy\n/);
    const others = HEADER_RULES.filter((r) => r.path !== '/admin/*' && r.path !== '/*');
    for (const r of others) expect(r.headers.map(([n]) => n)).toEqual(['Cache-Control']);
  });
});
