import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { urlPath } from './site-files.ts';

export interface Ref {
  /** The file that holds the reference. */
  from: string;
  url: string;
  /** Whether a `#fragment` must name an element: true for links in pages, not for JSON-LD `@id`s or feeds. */
  anchor: boolean;
}

const ATTRIBUTES = [
  ['a', 'href'],
  ['link', 'href'],
  ['img', 'src'],
  ['script', 'src'],
  ['source', 'src'],
  ['form', 'action'],
  ['iframe', 'src'],
  ['video', 'poster'],
] as const;

const srcset = (value: string) => value.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '');

/** Every URL a page refers to: links, assets, srcset candidates, social-card and JSON-LD URLs. */
export function refsInHtml(html: string, from: string, site: string): Ref[] {
  const { document } = parseHTML(html);
  const links: string[] = [];
  for (const [tag, attr] of ATTRIBUTES)
    for (const el of document.querySelectorAll(`${tag}[${attr}]`)) links.push(el.getAttribute(attr) ?? '');
  for (const el of document.querySelectorAll('[srcset]')) links.push(...srcset(el.getAttribute('srcset') ?? ''));
  const data: string[] = [];
  for (const el of document.querySelectorAll('meta[content]')) data.push(...siteUrls(el.getAttribute('content') ?? '', site));
  for (const el of document.querySelectorAll('script[type="application/ld+json"]'))
    data.push(...siteUrls(el.textContent ?? '', site));
  return [
    ...links.filter((u) => isInternal(u, site)).map((url) => ({ from, url, anchor: true })),
    ...data.map((url) => ({ from, url, anchor: false })),
  ];
}

/** URLs in feeds, sitemaps, robots.txt and redirect files: absolute ones on this site, and root-relative attributes. */
export function refsInText(text: string, from: string, site: string): Ref[] {
  const plain = text
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
  const relative = [...plain.matchAll(/(?:href|src)="(\/[^"]*)"/g)].map((m) => m[1]!);
  const sets = [...plain.matchAll(/srcset="([^"]*)"/g)].flatMap((m) => srcset(m[1]!));
  // `/old/ /new/ 301`, or with a query between (`/ p=123 /new/ 301!`): the target is the first word after a path.
  const redirects = from.endsWith('_redirects') ? [...plain.matchAll(/^\S+(?:\s+[^\s/]\S*)?\s+(\/\S*)/gm)].map((m) => m[1]!) : [];
  return [...siteUrls(plain, site), ...relative, ...sets, ...redirects]
    .filter((u) => isInternal(u, site))
    .map((url) => ({ from, url, anchor: false }));
}

const siteUrls = (text: string, site: string) =>
  [...text.matchAll(new RegExp(`${site.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[^\\s"'<>\\\\)]*`, 'g'))].map((m) => m[0]);

function isInternal(url: string, site: string): boolean {
  if (url === '' || url.startsWith('#')) return url.length > 1;
  if (url.startsWith('//')) return false;
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return url.startsWith(`${site}/`) || url === site;
  return true;
}

/** Why `ref` does not resolve inside `dist`, or undefined when it does. Fragments must name an element. */
export function brokenReason(dist: string, ref: Ref, site: string, idsOf: (file: string) => Set<string>): string | undefined {
  const base = new URL(urlPath(ref.from), site);
  const target = new URL(ref.url, base);
  let path: string;
  try {
    path = decodeURIComponent(target.pathname);
  } catch {
    return 'is not a valid URL';
  }
  let file = path.slice(1);
  if (path.endsWith('/')) file += 'index.html';
  const abs = join(dist, file);
  if (!existsSync(abs) || !statSync(abs).isFile()) {
    return existsSync(join(abs, 'index.html')) ? 'needs a trailing slash' : 'points to a file that does not exist';
  }
  const id = decodeURIComponent(target.hash.slice(1));
  if (id && ref.anchor && file.endsWith('.html') && !idsOf(file).has(id)) return `points to #${id}, which is not on that page`;
  return undefined;
}

/** The ids on each page, read once. */
export function idIndex(dist: string): (file: string) => Set<string> {
  const cache = new Map<string, Set<string>>();
  return (file) => {
    let ids = cache.get(file);
    if (!ids) {
      const html = readFileSync(join(dist, file), 'utf8');
      ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
      cache.set(file, ids);
    }
    return ids;
  };
}
