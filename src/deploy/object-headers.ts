import { HEADER_RULES, type HeaderRule } from '../output/headers.ts';

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  json: 'application/json',
  webmanifest: 'application/manifest+json',
  xml: 'application/xml',
  xsl: 'application/xml',
  txt: 'text/plain; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  avif: 'image/avif',
  gif: 'image/gif',
  ico: 'image/x-icon',
  woff2: 'font/woff2',
  woff: 'font/woff',
  pdf: 'application/pdf',
  wasm: 'application/wasm',
};

/** The `Content-Type` of a file by its name; a bucket stores what it is told, so it is told the truth. */
export function contentType(key: string): string {
  const name = key.slice(key.lastIndexOf('/') + 1);
  // Feed readers and browsers tell a feed by its type, not by its name.
  if (name === 'rss.xml') return 'application/rss+xml; charset=utf-8';
  if (name === 'atom.xml') return 'application/atom+xml; charset=utf-8';
  const ext = name.includes('.') ? name.slice(name.lastIndexOf('.') + 1).toLowerCase() : '';
  return TYPES[ext] ?? 'application/octet-stream';
}

/** Long and `immutable`: what HEADER_RULES gives the hash-named folders. */
const IMMUTABLE = HEADER_RULES.find((r) => r.path === '/_astro/*')?.headers.find(([n]) => n === 'Cache-Control')?.[1];

/** Pagefind names its index, fragments, filters and metadata by a hash of what they hold. */
const PAGEFIND_HASHED =
  /^pagefind\/(?:(?:fragment|index|filter)\/[^/]+_[0-9a-f]{7,}\.pf_\w+|pagefind\.[^/]+_[0-9a-f]{7,}\.pf_meta)$/;

/**
 * Everything else (pages, feeds, sitemaps, the search's entry points, the logo) may change under the
 * same name at the next deploy: browsers and CDNs keep it but ask again each time (an ETag makes that
 * a 304). A CDN in front may keep it at the edge for a minute on its own terms (docs/deploy.md).
 */
export const REVALIDATE = 'no-cache';

const matches = (rule: HeaderRule, path: string) =>
  rule.path.endsWith('*') ? path.startsWith(rule.path.slice(0, -1)) : path === rule.path;

/** The `Cache-Control` of a file: the most specific rule of HEADER_RULES that sets one, as `_headers` says. */
export function cacheControl(key: string, rules: readonly HeaderRule[] = HEADER_RULES): string {
  const path = `/${key}`;
  const rule = rules
    .filter((r) => matches(r, path) && r.headers.some(([name]) => name === 'Cache-Control'))
    .sort((a, b) => b.path.length - a.path.length)[0];
  const own = rule?.headers.find(([name]) => name === 'Cache-Control')?.[1];
  if (own) return own;
  if (IMMUTABLE && PAGEFIND_HASHED.test(key)) return IMMUTABLE;
  return REVALIDATE;
}
