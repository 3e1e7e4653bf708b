/** Every URL the site makes, in one place, so pages, feeds and links never disagree. */
export const homeUrl = () => '/';
export const sectionUrl = (section: string) => `/${section}/`;
export const storyUrl = (section: string, id: string) => `/${section}/${id}/`;
export const archiveUrl = () => '/articles/';
export const absoluteUrl = (site: string, path: string) => new URL(path, site).href;

export const authorsUrl = () => '/authors/';
export const authorUrl = (id: string) => `/authors/${id}/`;
export const tagsUrl = () => '/tags/';
export const tagUrl = (tag: string) => `/tags/${tag}/`;
export const dateArchiveUrl = () => '/archive/';
export const monthUrl = (year: number, month: number) => `/archive/${year}/${String(month).padStart(2, '0')}/`;
export const searchUrl = () => '/search/';
export const correctionsUrl = () => '/corrections/';
export const aboutUrl = () => '/about/';
/** Stories per listing page: enough to scan, few enough that page 2 is one click deep. */
export const PAGE_SIZE = 10;
/** Page `n` of a listing whose first page is `base`; the first page keeps the plain address. */
/** The folder below a listing that holds its numbered pages: `/city/page/2/`. */
const PAGES_FOLDER = 'page';
export const pageUrl = (base: string, n: number) => (n === 1 ? base : `${base}${PAGES_FOLDER}/${n}/`);
/** Ids a story may not take: its page, `/<section>/<id>/`, would be a folder the site writes below a section. */
export const RESERVED_STORY_IDS: readonly string[] = [PAGES_FOLDER];

/** Feeds: the whole site at the root, each section under its own folder. */
export const rssUrl = (section?: string) => (section ? `/${section}/rss.xml` : '/rss.xml');
export const atomUrl = (section?: string) => (section ? `/${section}/atom.xml` : '/atom.xml');
export const sitemapIndexUrl = () => '/sitemap.xml';
export const sitemapPartUrl = (part: string) => `/sitemaps/${part}.xml`;
export const newsSitemapUrl = () => '/news-sitemap.xml';
export const logoUrl = () => '/logo.png';

/** First path segments the site uses for its own pages: a section with one of these ids would collide. */
export const RESERVED_SEGMENTS = [
  'articles',
  'archive',
  'authors',
  'tags',
  'search',
  'corrections',
  'about',
  'sitemaps',
  'pagefind',
  '_media',
  '_astro',
  // The browser editor (src/admin/).
  'admin',
];
