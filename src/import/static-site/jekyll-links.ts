import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { text } from './fields.ts';
import { readFrontMatter } from './front-matter.ts';
import type { JekyllConfig } from './jekyll-config.ts';
import { jekyllPermalink } from './jekyll-permalink.ts';
import { encodePath, joinPath } from './site-url.ts';

const MARKUP = /\.(?:md|markdown|mkd|mkdn|mdown|markdn|mdwn|html?)$/i;

/**
 * The address `{% link path %}` gives a file that is not a post: a collection document by its
 * collection's permalink (`/:collection/:path:output_ext` unless set), a page by its `permalink:` or
 * its path (`about.md` → `/about.html`, `/about/` under the `pretty` style; `index.md` → its folder),
 * any other file as it is. The base path is in front, as Jekyll 4 puts it. Undefined when the
 * file is not in the site.
 */
export function jekyllLink(folder: string, config: JekyllConfig, target: string): string | undefined {
  const path = target.replace(/^\/+/, '');
  const file = resolve(join(folder, path));
  if (!path || path.includes('{{') || !file.startsWith(resolve(folder) + sep)) return undefined;
  if (!existsSync(file) || !statSync(file).isFile()) return undefined;
  if (!MARKUP.test(path)) return encodePath(joinPath(config.baseurl, path));
  const permalink = text(readFrontMatter(readFileSync(file, 'utf8')).data['permalink']);
  const ext = /\.[^.]+$/.exec(path)?.[0] ?? '';
  const withoutExt = path.slice(0, path.length - ext.length);
  const collection = /^_([^/]+)\/(.+)$/.exec(withoutExt);
  if (collection && collection[1]! in config.collections) {
    const template = permalink ?? config.collections[collection[1]!] ?? '/:collection/:path:output_ext';
    const parts = {
      slug: collection[2]!.split('/').pop()!,
      categories: [],
      outputExt: '.html',
      path: collection[2],
      collection: collection[1],
    };
    return jekyllPermalink(template, parts, config.baseurl);
  }
  if (permalink) return encodePath(joinPath(config.baseurl, permalink));
  const page = withoutExt.replace(/(?:^|\/)index$/, '/');
  const address = page.endsWith('/') || page === '' ? page : config.pretty ? `${page}/` : `${page}.html`;
  return encodePath(joinPath(config.baseurl, address || '/'));
}
