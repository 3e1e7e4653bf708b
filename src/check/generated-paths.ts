import type { SiteConfig } from '../model/schemas/site.ts';
import * as urls from '../model/urls.ts';
import { publicFiles } from './site-pages.ts';

/**
 * Every file a build writes besides the pages (`index.html` of each folder), and every folder it
 * fills itself: an old address (`redirectFrom`) becomes `<address>/index.html`, or that exact file
 * for one such as `/old.html`, so one that names such a file would be written over it, or under it
 * (`ENOTDIR`). Compared without case: the hosts
 * and the machines editors build on often ignore it, so `/Tags/x/` is `/tags/x/` there.
 * tests/unit/site-pages.test.ts keeps this list to what the sample build wrote.
 */
export function generatedPaths(root: string, site: SiteConfig): { files: string[]; folders: string[] } {
  const files = ['/index.html', '/404.html', '/_redirects', '/_redirects.nginx', '/robots.txt', '/theme.css'];
  files.push(urls.rssUrl(), urls.atomUrl());
  files.push(urls.sitemapIndexUrl(), urls.newsSitemapUrl());
  for (const s of site.sections) files.push(urls.rssUrl(s.id), urls.atomUrl(s.id));
  const inPublic = publicFiles(`${root}/public`);
  files.push(...inPublic);
  const folders = urls.RESERVED_SEGMENTS.map((s) => `/${s}/`);
  for (const f of inPublic) if (f.indexOf('/', 1) > 0) folders.push(f.slice(0, f.indexOf('/', 1) + 1));
  return { files: [...new Set(files)], folders: [...new Set(folders)] };
}

/** The generated file that `path` (the file written for an old address) would be written over or under, if any. */
export function clashingFile(path: string, files: readonly string[]): string | undefined {
  const lower = path.toLowerCase();
  return files.find((f) => lower === f.toLowerCase() || lower.startsWith(`${f.toLowerCase()}/`));
}
