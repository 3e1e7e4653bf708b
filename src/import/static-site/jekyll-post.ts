import { dirname, join } from 'node:path';
import type { SourceNote, SourcePost } from '../source.ts';
import { destination, withoutMoreMarker } from './body-text.ts';
import { flag, list, text, words, type Fields } from './fields.ts';
import { readFrontMatter } from './front-matter.ts';
import type { JekyllCatalogue } from './jekyll-catalogue.ts';
import type { JekyllConfig } from './jekyll-config.ts';
import { jekyllDoc } from './jekyll-doc.ts';
import type { JekyllFile } from './jekyll-files.ts';
import { jekyllLink } from './jekyll-links.ts';
import { withoutKramdownAttributes } from './kramdown.ts';
import { leadPhoto } from './lead-photo.ts';
import { convertLiquid } from './liquid.ts';
import { authorKeys, categorySlugs, dateField, emptyBodyNotes, excerptOf, statusOf, titleOf, uniqueUrls } from './post-fields.ts';
import { encodePath, joinPath, pathOnSite } from './site-url.ts';

/** What turning one Jekyll file into a post needs beyond the file. */
export interface JekyllContext {
  folder: string;
  config: JekyllConfig;
  timeZone: string;
  now: number;
  /** Every post's address, read on first need (a `post_url`), then kept. */
  catalogue(): JekyllCatalogue;
}

/** One post or draft of a Jekyll site as the importer's post. */
export function jekyllPost(file: JekyllFile, source: string, context: JekyllContext): SourcePost {
  const { config, folder } = context;
  const notes: SourceNote[] = [];
  const read = readFrontMatter(source);
  if (read.error) notes.push({ kind: 'bad-front-matter', detail: `front matter not read: ${read.error}` });
  const doc = jekyllDoc(file, read.data, config, context.timeZone);
  const data = doc.data;
  if (doc.dateProblem) notes.push({ kind: 'bad-date', detail: `${doc.dateProblem}; the file name's date is used` });
  const updated = dateField(data, ['last_modified_at', 'updated', 'modified', 'lastmod'], context.timeZone, notes);
  const redirect = list(data['redirect_to'])[0];
  const draft = file.type === 'drafts' || flag(data['published']) === false || redirect !== undefined;
  const title = titleOf(data, doc.slug, notes);

  const site = { url: config.url ?? '', baseurl: config.baseurl, settings: config.settings };
  const liquid = convertLiquid(read.body, {
    site,
    postUrl: (name) => context.catalogue().posts.get(name) ?? context.catalogue().posts.get(name.replace(/\.\w+$/, '')),
    link: (path) => context.catalogue().posts.get(path) ?? jekyllLink(folder, config, path),
  });
  const kramdown = withoutKramdownAttributes(liquid.body);
  notes.push(...liquid.notes, ...kramdown.notes);
  let body = withoutMoreMarker(separatorRemoved(kramdown.body, text(config.settings['excerpt_separator'])));
  if (redirect !== undefined) {
    // jekyll-redirect-from made this page a pointer elsewhere: it is not a story, and is kept only as a draft.
    notes.push({ kind: 'redirect-to', detail: `redirect_to ${redirect}: a redirect, not a story; imported as a draft` });
    if (!body.trim()) body = `[${title}](${destination(redirect)})\n`;
  }
  notes.push(...emptyBodyNotes(body));

  return {
    origin: file.path,
    key: file.path,
    slug: doc.slug,
    title,
    excerpt: excerptOf(data, ['excerpt', 'description']),
    body: { format: /\.html?$/.test(file.ext) ? 'html' : 'markdown', text: body },
    status: statusOf(draft, doc.date, context.now),
    published: doc.date?.iso,
    updated: updated?.iso,
    authors: authorKeys(data),
    categories: categorySlugs(doc.categories),
    tags: tagsOf(data),
    lead: leadPhoto(data, ['image'], notes),
    oldUrls: uniqueUrls([doc.permalink, ...list(data['redirect_from']).map((url) => redirectUrl(url, config))]),
    folder: join(folder, dirname(file.path)),
    notes,
  };
}

/** `tag:` (one, as written) or else `tags:` (a list, or words separated by spaces), as Jekyll reads them. */
function tagsOf(data: Fields): string[] {
  const single = text(data['tag']);
  return [...new Set(single !== undefined ? [single] : words(data['tags']))];
}

/** A `redirect_from` entry as a site path: root paths sit under the base path, as the plugin wrote them. */
function redirectUrl(url: string, config: JekyllConfig): string | undefined {
  const onSite = /^[a-z]+:|^\/\//i.test(url) ? pathOnSite(url, config.url ? [config.url] : []) : undefined;
  if (onSite !== undefined) return encodePath(onSite);
  if (/^[a-z]+:|^\/\//i.test(url)) return undefined;
  return encodePath(joinPath(config.baseurl, url));
}

// A custom `excerpt_separator` (`<!--more-->`, `<!-- excerpt -->`) marks where the summary ends, no more.
function separatorRemoved(body: string, separator: string | undefined): string {
  if (!separator || !/^<!--[\s\S]*-->$/.test(separator)) return body;
  return body.split(separator).join('');
}
