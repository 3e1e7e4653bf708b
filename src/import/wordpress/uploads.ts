import { existsSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

/**
 * Photos in a WordPress export are addresses on the old site: `<site>/wp-content/uploads/2025/11/a.jpg`
 * (`<name>.files.wordpress.com/2025/11/a.jpg` on WordPress.com). With a copy of the uploads
 * folder, each is a file on disk. Posts show resized copies (`a-300x200.jpg`, `a-scaled.jpg`);
 * WordPress keeps the original beside them, and the original is what Broadsheet should start from.
 */

/** The path under the uploads folder that `url` names, or undefined when it is not one of the site's uploads. */
export function uploadsPath(url: string, siteUrls: readonly string[]): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url, 'http://relative.invalid');
  } catch {
    return undefined;
  }
  const hosts = new Set(siteUrls.map((u) => hostOf(u)).filter(Boolean));
  const host = hostOf(parsed.href);
  let path: string | undefined;
  const marker = parsed.pathname.indexOf('/wp-content/uploads/');
  if (marker >= 0 && (host === 'relative.invalid' || hosts.has(host))) {
    path = parsed.pathname.slice(marker + '/wp-content/uploads/'.length);
  } else if ([...hosts].some((h) => h.endsWith('.wordpress.com') && host === `${h.split('.')[0]}.files.wordpress.com`)) {
    path = parsed.pathname.slice(1);
  }
  if (!path) return undefined;
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** `a-300x200.jpg` → `a.jpg`, `a-scaled-1024x640.jpg` → `a.jpg`: the names the original may have, best first. */
export function originalNames(path: string): string[] {
  const ext = /\.[a-z0-9]+$/i.exec(path)?.[0] ?? '';
  const base = path.slice(0, path.length - ext.length);
  const unsized = base.replace(/-\d+x\d+$/, '');
  const original = unsized.replace(/-(?:scaled|rotated)$/, '');
  return [...new Set([original + ext, unsized + ext, path])];
}

/** The local file for a photo URL under `uploads`, preferring the original to a resized copy. */
export function localUpload(uploads: string, url: string, siteUrls: readonly string[]): string | undefined {
  const path = uploadsPath(url, siteUrls);
  if (!path) return undefined;
  const root = resolve(uploads);
  for (const name of originalNames(path)) {
    const file = resolve(join(root, name));
    // A crafted `..` in an address must not reach outside the uploads folder.
    if (relative(root, file).startsWith(`..${sep}`) || file === root) continue;
    if (existsSync(file) && statSync(file).isFile()) return file;
  }
  return undefined;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}
