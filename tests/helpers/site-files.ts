import { readdirSync } from 'node:fs';
import { sep } from 'node:path';

/** Every file of a built site, relative to it with forward slashes, sorted. */
export function siteFiles(dist: string): string[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) =>
      `${e.parentPath}${sep}${e.name}`
        .slice(dist.length + 1)
        .split(sep)
        .join('/'),
    )
    .sort();
}

export const htmlFiles = (dist: string) => siteFiles(dist).filter((f) => f.endsWith('.html'));

/**
 * The pages readers see: every page but the editor's (`/admin/`, Decap CMS's own interface, with its
 * own policy; tests/build/admin-page.test.ts checks what it may and may not do).
 */
export const readerPages = (dist: string) => htmlFiles(dist).filter((f) => !f.startsWith('admin/'));

/** The URL path a static host serves `file` at: `politics/x/index.html` is `/politics/x/`. */
export function urlPath(file: string): string {
  if (file === 'index.html') return '/';
  return file.endsWith('/index.html') ? `/${file.slice(0, -'index.html'.length)}` : `/${file}`;
}

/**
 * What kind of page a URL is, so each template is checked once however many pages use it. Later
 * pages of a listing (`…/page/2/`) are the same template as its first page.
 */
export function templateOf(path: string, sections: readonly string[]): string {
  const parts = path
    .replace(/page\/\d+\/$/, '')
    .split('/')
    .filter(Boolean);
  if (parts.length === 0) return 'front page';
  if (path.endsWith('.html')) return parts.join('/');
  const [first = '', ...rest] = parts;
  if (sections.includes(first)) return rest.length === 0 ? 'section' : 'article';
  return [first, ...rest.map(() => '*')].join('/');
}
