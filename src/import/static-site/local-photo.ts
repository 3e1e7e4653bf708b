import { statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { pathOnSite, withoutBase } from './site-url.ts';

/** Where a site's photos live on disk and which addresses reach them. */
export interface PhotoPlaces {
  /** Folders a root path (`/images/x.jpg`) is looked up in: Hugo's `static/`, a Jekyll site's own folder. */
  roots: string[];
  /** The site's addresses (`https://old.example/blog`): absolute URLs on them are photos of the site. */
  siteUrls: string[];
  /** The base path every address starts with (`/blog`), or `''`. */
  base: string;
}

/**
 * The file behind a photo reference, when the site folder has it: a root path or an address on the
 * site looked up under each root (with and without the base path), a relative path under the post's
 * own folder (a page bundle). Undefined for other sites and for files that are not there: the
 * importer then fetches or reports them. Nothing outside the given folders is ever returned.
 */
export function localPhotoFile(url: string, places: PhotoPlaces, postFolder?: string): string | undefined {
  const path = pathOnSite(url, places.siteUrls);
  if (path !== undefined) {
    const paths = [...new Set([withoutBase(decoded(path), places.base), decoded(path)])];
    for (const root of places.roots) {
      for (const p of paths) {
        const file = inside(root, p);
        if (file) return file;
      }
    }
    return undefined;
  }
  if (!postFolder || /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return undefined;
  return inside(postFolder, decoded(url.replace(/[?#].*$/, '')));
}

function decoded(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** `root/path` when it is a file and stays inside `root` (no `../` escapes). */
function inside(root: string, path: string): string | undefined {
  const top = resolve(root);
  const file = resolve(join(top, path));
  if (!file.startsWith(top + sep)) return undefined;
  try {
    return statSync(file).isFile() ? file : undefined;
  } catch {
    return undefined;
  }
}
