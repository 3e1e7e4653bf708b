import { dirname, join, relative } from 'node:path';
import type { SourceNote, SourcePost } from '../source.ts';
import { withoutMoreMarker } from './body-text.ts';
import { flag, list, table, type Fields } from './fields.ts';
import { readFrontMatter } from './front-matter.ts';
import { categoriesOf, resolveRef, type HugoCatalogue } from './hugo-catalogue.ts';
import type { HugoConfig } from './hugo-config.ts';
import { hugoPage } from './hugo-page.ts';
import { convertShortcodes } from './hugo-shortcodes.ts';
import { leadPhoto } from './lead-photo.ts';
import { authorKeys, categorySlugs, dateField, emptyBodyNotes, excerptOf, statusOf, titleOf, uniqueUrls } from './post-fields.ts';
import { encodePath, joinPath, pathOnSite, resolvePath } from './site-url.ts';

/** What turning one Hugo file into a post needs beyond the file. */
export interface HugoContext {
  folder: string;
  config: HugoConfig;
  timeZone: string;
  now: number;
  /** Every page's address, read on first need (a `ref`), then kept. */
  catalogue(): HugoCatalogue;
}

const LEAD_FIELDS = ['images', 'image', 'featured_image', 'featuredimage', 'cover'];

/** One Hugo content file (`path` under the content folder) as the importer's post. */
export function hugoPost(path: string, source: string, context: HugoContext): SourcePost {
  const { config, timeZone } = context;
  const notes: SourceNote[] = [];
  const file = readFrontMatter(source);
  if (file.error) notes.push({ kind: 'bad-front-matter', detail: `front matter not read: ${file.error}` });
  const data = file.data;
  const page = hugoPage(path, data, config, timeZone);
  const published = dateField(data, ['date', 'publishdate', 'pubdate', 'published'], timeZone, notes);
  const updated = dateField(data, ['lastmod', 'modified', 'updated'], timeZone, notes);
  const expiry = dateField(data, ['expirydate', 'unpublishdate'], timeZone, notes);
  if (expiry && expiry.instant <= context.now)
    notes.push({ kind: 'expired', detail: `expiryDate ${expiry.iso} has passed: Hugo no longer published it` });
  const hidden = unrendered(data);
  if (hidden) notes.push({ kind: 'not-rendered', detail: `${hidden}: Hugo never published this page; imported as a draft` });
  const status = statusOf((flag(data['draft']) ?? false) || hidden !== undefined, published, context.now);
  if (!published && status !== 'draft') notes.push({ kind: 'undated', detail: 'no date in the front matter' });

  const absolute = config.baseUrl ? new URL(config.baseUrl).origin : '';
  const converted = convertShortcodes(withoutMoreMarker(file.body), {
    ref: (target, isAbsolute) => {
      const address = resolveRef(context.catalogue(), target, path);
      return address && isAbsolute && address.startsWith('/') ? absolute + address : address;
    },
    near: published?.iso,
  });
  notes.push(...converted.notes, ...emptyBodyNotes(converted.body));

  const taxonomyTags = config.tagTaxonomies.flatMap((name) => list(data[name]));
  const contentPath = relative(context.folder, join(config.contentDir, path)).split('\\').join('/');
  return {
    origin: contentPath,
    key: contentPath,
    slug: page.slug,
    title: titleOf(data, page.slug, notes),
    excerpt: excerptOf(data, ['deck', 'description', 'summary']),
    body: { format: /\.html?$/i.test(path) ? 'html' : 'markdown', text: converted.body },
    status,
    published: published?.iso,
    updated: updated?.iso,
    authors: authorKeys(data),
    categories: categorySlugs(categoriesOf(data, page).map(([, name]) => name)),
    tags: [...new Set(taxonomyTags)],
    lead: leadPhoto(data, LEAD_FIELDS, notes),
    oldUrls: uniqueUrls([
      page.permalink,
      ...list(data['aliases'] ?? data['alias']).map((a) => aliasUrl(a, page.permalink, config)),
    ]),
    folder: page.bundle ? join(config.contentDir, dirname(path)) : undefined,
    notes,
  };
}

/** Why Hugo never wrote this page out (`headless: true`, `build: {render: never}`), if it did not. */
function unrendered(data: Fields): string | undefined {
  if (flag(data['headless'])) return 'headless: true';
  const build = table(data['build'] ?? data['_build']);
  const render = build?.['render'] ?? build?.['Render'];
  return render === false || /^(?:never|false)$/i.test(String(render)) ? `build.render: ${String(render)}` : undefined;
}

/**
 * An alias as the address Hugo wrote a redirect page at: a root path under the base path; a relative
 * one beside the page (Hugo resolves it one level above the page's own address).
 */
function aliasUrl(alias: string, permalink: string, config: HugoConfig): string | undefined {
  // Hugo refuses an alias with a scheme; one on the site's own host still names a path it had.
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(alias)) return pathOnSite(alias, config.baseUrl ? [config.baseUrl] : []);
  if (alias.startsWith('/')) return encodePath(joinPath(config.base, alias));
  const folder = resolvePath(permalink, permalink.endsWith('/') ? '..' : '.');
  return encodePath(resolvePath(folder.endsWith('/') ? folder : `${folder}/`, alias));
}
