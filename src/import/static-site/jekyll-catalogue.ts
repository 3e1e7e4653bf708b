import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { slugify } from '../../model/slug.ts';
import { list } from './fields.ts';
import { readFrontMatter } from './front-matter.ts';
import type { JekyllConfig } from './jekyll-config.ts';
import { jekyllDoc } from './jekyll-doc.ts';
import { jekyllFiles } from './jekyll-files.ts';
import { authorKeys } from './post-fields.ts';

/**
 * One pass over the front matter of every post and draft: each post's address (for `post_url` and
 * `link`), and the authors and categories the posts name. Bodies are read and dropped.
 */
export interface JekyllCatalogue {
  /** Addresses by `post_url` name (`2019-04-02-quay-fire`, with folders inside `_posts/` if any) and by path in the site. */
  posts: Map<string, string>;
  /** Author keys in the order met. */
  authors: Set<string>;
  /** Category slug → name as written. */
  categories: Map<string, string>;
}

export function scanJekyllSite(folder: string, config: JekyllConfig, timeZone: string): JekyllCatalogue {
  const catalogue: JekyllCatalogue = { posts: new Map(), authors: new Set(), categories: new Map() };
  for (const file of jekyllFiles(folder, list(config.settings['exclude']))) {
    const { data } = readFrontMatter(readFileSync(join(folder, file.path), 'utf8'));
    const doc = jekyllDoc(file, data, config, timeZone);
    if (doc.permalink) {
      catalogue.posts.set(file.path, doc.permalink);
      if (file.type === 'posts') {
        catalogue.posts.set(file.postName, doc.permalink);
        // `post_url` without the folders is what most sites write; the first post of that name wins.
        const bare = file.postName.slice(file.postName.lastIndexOf('/') + 1);
        if (!catalogue.posts.has(bare)) catalogue.posts.set(bare, doc.permalink);
      }
    }
    for (const author of authorKeys(doc.data)) catalogue.authors.add(author);
    for (const name of doc.categories) {
      const slug = slugify(name);
      if (slug && !catalogue.categories.has(slug)) catalogue.categories.set(slug, name);
    }
  }
  return catalogue;
}
