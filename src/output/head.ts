import site from '../site.config.ts';
import { toZonedIso } from '../model/dates.ts';
import { absoluteUrl, atomUrl, rssUrl } from '../model/urls.ts';

/** Facts for Open Graph's `article:*` tags. */
export interface ArticleMeta {
  published: Date;
  modified: Date;
  section: string;
  tags: readonly string[];
  /** Site paths of the authors' pages. */
  authors: readonly string[];
}

/** The picture shared with a link: site path, pixel size and what it shows. */
export interface ShareImage {
  url: string;
  width: number;
  height: number;
  alt: string;
}

export interface HeadInput {
  title: string;
  description: string;
  path: string;
  type: 'website' | 'article' | 'profile';
  article?: ArticleMeta | undefined;
  image?: ShareImage | undefined;
  /** Keep this page out of search results (404, redirect stubs). */
  noindex?: boolean | undefined;
}

export interface MetaTag {
  attr: 'name' | 'property';
  key: string;
  content: string;
}

export interface FeedLink {
  title: string;
  rss: string;
  atom: string;
}

const abs = (path: string) => absoluteUrl(site.url, path);

/** Description, robots, Open Graph and X/Twitter tags for one page, in the order crawlers expect. */
export function metaTags(input: HeadInput): MetaTag[] {
  const tags: [MetaTag['attr'], string, string | undefined][] = [
    ['name', 'description', input.description],
    [
      'name',
      'robots',
      input.noindex ? 'noindex, follow' : 'index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1',
    ],
    ['property', 'og:site_name', site.name],
    ['property', 'og:locale', site.locale.replace('-', '_')],
    ['property', 'og:type', input.type],
    ['property', 'og:title', input.title],
    ['property', 'og:description', input.description],
    ['property', 'og:url', abs(input.path)],
    ['property', 'og:image', input.image && abs(input.image.url)],
    ['property', 'og:image:width', input.image && String(input.image.width)],
    ['property', 'og:image:height', input.image && String(input.image.height)],
    ['property', 'og:image:alt', input.image?.alt],
  ];
  const a = input.article;
  if (a) {
    tags.push(
      ['property', 'article:published_time', toZonedIso(a.published, site.timezone)],
      ['property', 'article:modified_time', toZonedIso(a.modified, site.timezone)],
      ['property', 'article:section', a.section],
      ...a.authors.map((url): [MetaTag['attr'], string, string] => ['property', 'article:author', abs(url)]),
      ...a.tags.map((tag): [MetaTag['attr'], string, string] => ['property', 'article:tag', tag]),
    );
  }
  tags.push(
    // A landscape photo gets the large card; a square logo reads better as the small one.
    ['name', 'twitter:card', input.image && input.image.width > input.image.height ? 'summary_large_image' : 'summary'],
    ['name', 'twitter:title', input.title],
    ['name', 'twitter:description', input.description],
    ['name', 'twitter:image', input.image && abs(input.image.url)],
    ['name', 'twitter:image:alt', input.image?.alt],
  );
  return tags.flatMap(([attr, key, content]) => (content === undefined ? [] : [{ attr, key, content }]));
}

/** The feeds a page announces: the whole paper's, and its section's when it has one. */
export function feedLinks(section?: { id: string; name: string }): FeedLink[] {
  const all = { title: site.name, rss: abs(rssUrl()), atom: abs(atomUrl()) };
  return section
    ? [all, { title: `${site.name}: ${section.name}`, rss: abs(rssUrl(section.id)), atom: abs(atomUrl(section.id)) }]
    : [all];
}
