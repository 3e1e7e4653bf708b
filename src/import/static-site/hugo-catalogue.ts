import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { slugify } from '../../model/slug.ts';
import { first, list, text, type Fields } from './fields.ts';
import { readFrontMatter } from './front-matter.ts';
import type { HugoConfig } from './hugo-config.ts';
import { contentFiles, hugoPage, type HugoPage } from './hugo-page.ts';
import { urlize } from './hugo-permalink.ts';
import { authorKeys } from './post-fields.ts';
import { joinPath, resolvePath } from './site-url.ts';

/**
 * What one pass over the front matter of every content file tells: each page's address (for `ref`
 * and `relref`, which may name any page, imported or not), and the authors and categories the
 * imported stories name. Small per page; bodies are read and dropped.
 */
export interface HugoCatalogue {
  /** Page addresses by path under content, lower case, no extension, `index`/`_index` dropped. */
  byPath: Map<string, string>;
  /** Page addresses by their last path segment; null where several pages share it. */
  byName: Map<string, string | null>;
  /** Author keys the imported stories name, in the order met. */
  authors: Set<string>;
  /** Category slug → name, from `categories` or the section (named by its `_index.md` title). */
  categories: Map<string, string>;
}

/** `posts/Harbour/index.md` → `posts/harbour`: the form `ref` targets are matched in. */
export function refKey(path: string): string {
  return path
    .toLowerCase()
    .replace(/\.(?:md|markdown|mdown|mkd|mkdn|html?)$/, '')
    .replace(/(?:^|\/)_?index$/, '')
    .replace(/^\/+|\/+$/g, '');
}

export function scanHugoSite(config: HugoConfig, include: readonly string[] | undefined, timeZone: string): HugoCatalogue {
  const catalogue: HugoCatalogue = { byPath: new Map(), byName: new Map(), authors: new Set(), categories: new Map() };
  const sectionNames = new Map<string, string>();
  const included = new Set(contentFiles(config.contentDir, include));
  for (const path of contentFiles(config.contentDir)) {
    const { data } = readFrontMatter(readFileSync(join(config.contentDir, path), 'utf8'));
    const page = hugoPage(path, data, config, timeZone);
    addAddress(catalogue, page, config);
    if (page.list && page.folders.length === 1) sectionNames.set(page.folders[0]!, text(data['title']) ?? page.folders[0]!);
    if (page.list || !included.has(path)) continue;
    for (const author of authorKeys(data)) catalogue.authors.add(author);
    for (const [slug, name] of categoriesOf(data, page))
      if (!catalogue.categories.has(slug)) catalogue.categories.set(slug, name);
  }
  // A section's name is its list page's title, known only once the walk has passed it.
  for (const [slug, name] of catalogue.categories)
    if (sectionNames.has(name)) catalogue.categories.set(slug, sectionNames.get(name)!);
  return catalogue;
}

function addAddress(catalogue: HugoCatalogue, page: HugoPage, config: HugoConfig): void {
  const key = refKey(page.path);
  // Every folder is a section page, even without an `_index.md` to say so; one that has it wins.
  const folders = key.split('/').slice(0, page.list ? -1 : undefined);
  for (let i = 1; i < folders.length; i++) {
    const folder = folders.slice(0, i).join('/');
    if (!catalogue.byPath.has(folder)) catalogue.byPath.set(folder, joinPath(config.base, ...folder.split('/').map(urlize), '/'));
  }
  catalogue.byPath.set(key, page.permalink);
  const name = key.slice(key.lastIndexOf('/') + 1);
  if (name) catalogue.byName.set(name, catalogue.byName.has(name) ? null : page.permalink);
}

/** Category slugs and names: `categories`, else the section the page is in. */
export function categoriesOf(data: Fields, page: HugoPage): [string, string][] {
  const named = list(first(data, 'categories', 'category'));
  const names = named.length ? named : page.folders.slice(0, 1);
  return names.map((name) => [slugify(name), name] as [string, string]).filter(([slug]) => slug);
}

/**
 * The address a `ref`/`relref` target names, as Hugo looks it up: an absolute content path, a path
 * relative to the page, then a file or folder name alone. `#anchor` is carried over.
 */
export function resolveRef(catalogue: HugoCatalogue, target: string, fromPath: string): string | undefined {
  const [path = '', anchor] = target.trim().split('#', 2);
  const hash = anchor ? `#${anchor}` : '';
  if (!path) return hash || undefined;
  const candidates = path.startsWith('/') ? [refKey(path)] : [refKey(resolvePath(fromPath, path)), refKey(path)];
  for (const key of candidates) {
    const address = catalogue.byPath.get(key);
    if (address !== undefined) return address + hash;
  }
  const name = refKey(path).split('/').pop() ?? '';
  const byName = catalogue.byName.get(name);
  return byName ? byName + hash : undefined;
}
