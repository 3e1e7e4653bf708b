import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { resolvePlaceholders, sitePathOf } from './site-url.ts';

// Ghost serves resized copies at /content/images/size/w600/(format/webp/)2021/03/a.jpg: the original
// sits at /content/images/2021/03/a.jpg, and the importer wants the original.
const RESIZED = /^size\/[^/]+\/(?:format\/[^/]+\/)?/;

function decoded(path: string): string | undefined {
  try {
    return decodeURIComponent(path);
  } catch {
    return undefined;
  }
}

/**
 * Finds the files behind Ghost photo URLs. Ghost exports its photos apart from the JSON (a zip of
 * `content/images/`, in Ghost's own `YYYY/MM/` layout); the editor unpacks it into a folder named
 * `content/images` beside the export. A URL on the site (`<site>/content/images/…`, a root-relative
 * `/content/images/…` or `__GHOST_URL__/content/images/…`) then maps to the file there, when it exists.
 */
export function photoFinder(exportFile: string): (url: string, base: string | undefined) => string | undefined {
  const root = resolve(dirname(exportFile), 'content', 'images');
  const present = existsSync(root) && statSync(root).isDirectory();
  return (url, base) => {
    if (!present) return undefined;
    const path = sitePathOf(resolvePlaceholders(url, base), base);
    const relative = path?.startsWith('/content/images/') ? decoded(path.slice('/content/images/'.length)) : undefined;
    if (!relative) return undefined;
    for (const candidate of [relative, relative.replace(RESIZED, '')]) {
      const file = join(root, candidate);
      // A URL with `..` in it must not reach outside the photo folder.
      if (file.startsWith(root + sep) && existsSync(file) && statSync(file).isFile()) return file;
    }
    return undefined;
  };
}
