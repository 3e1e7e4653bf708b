import { text, words, type Fields } from './fields.ts';
import { postDefaults, type JekyllConfig } from './jekyll-config.ts';
import type { JekyllFile } from './jekyll-files.ts';
import { jekyllPermalink } from './jekyll-permalink.ts';
import { readSourceDate, type SourceDate } from './source-date.ts';

/** A Jekyll post as its file and front matter (with the config's defaults) place it. */
export interface JekyllDoc {
  file: JekyllFile;
  /** Front matter over the config's `defaults:` for it. */
  data: Fields;
  /** The front matter's date, else the file name's at midnight in the site's zone. */
  date?: SourceDate | undefined;
  /** Why the front matter's date was not used, when it is written but does not read. */
  dateProblem?: string | undefined;
  slug: string;
  categories: string[];
  /** The address Jekyll published it at (base path included); undefined for an undated draft under a dated pattern. */
  permalink?: string | undefined;
}

/**
 * Categories as Jekyll reads them: the folders above `_posts/`, then `category:` (one, as written)
 * or else `categories:` (a list, or words separated by spaces).
 */
export function jekyllCategories(file: JekyllFile, data: Fields): string[] {
  const single = text(data['category']);
  const named = single !== undefined ? [single] : words(data['categories']);
  return [...new Set([...file.pathCategories, ...named])];
}

export function jekyllDoc(file: JekyllFile, frontMatter: Fields, config: JekyllConfig, timeZone: string): JekyllDoc {
  const data = { ...postDefaults(config, file.path, file.type), ...frontMatter };
  const written = readSourceDate(data['date'], timeZone);
  const fromName = file.fileDate ? readSourceDate(file.fileDate, timeZone) : undefined;
  const date = written === 'invalid' || written === undefined ? (fromName === 'invalid' ? undefined : fromName) : written;
  const dateProblem = written === 'invalid' ? `date: "${String(data['date'])}" is not a date this importer reads` : undefined;
  const slug = text(data['slug']) ?? file.fileSlug;
  const categories = jekyllCategories(file, data);
  const template = text(data['permalink']) ?? config.postPermalink;
  // Markdown and HTML posts alike are written out as `.html`.
  const permalink = jekyllPermalink(template, { slug, categories, date, outputExt: '.html' }, config.baseurl);
  return { file, data, date, dateProblem, slug, categories, permalink };
}
