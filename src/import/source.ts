/**
 * What every source reader (WordPress, Ghost, Hugo, Jekyll) hands the importer: the archive as the
 * source had it, before any Broadsheet decision. Readers know their format; everything after this
 * point (sections, ids, photos, links, the files written) is shared, in `convert/` and `write/`.
 */

/** A photo as the source names it: a URL, a path in the source, or a path relative to the post. */
export interface SourcePhoto {
  /** Absolute URL (`https://old.example/wp-content/uploads/a.jpg`) or a path the reader resolves. */
  url: string;
  /** Alt text, when the source kept it (WordPress attachment meta, Ghost `feature_image_alt`). */
  alt?: string | undefined;
  /** Caption as the source wrote it: plain text or inline HTML. A credit line in it is parsed later. */
  caption?: string | undefined;
}

/** Where a post's body came from: HTML (WordPress, Ghost) or Markdown (Hugo, Jekyll). */
export interface SourceBody {
  format: 'html' | 'markdown';
  text: string;
}

/** Something a reader met and could not decide alone: it ends up in import-report.md. */
export interface SourceNote {
  /** Short, stable kind for counting: `unknown-shortcode`, `undated`, `missing-photo`, … */
  kind: string;
  /** What was met, in the words an editor needs: `[audio src="…"] left as text`. */
  detail: string;
}

export interface SourcePost {
  /** Where it is in the source, for the report: `post 123 "Title"`, `content/posts/a.md`. */
  origin: string;
  /** Stable key within the source (WordPress post id, Ghost id, file path): re-runs match on it. */
  key: string;
  /** The slug the source published it under; the story id is made from it. */
  slug: string;
  title: string;
  /** Standfirst or excerpt, plain text (readers strip tags). */
  excerpt?: string | undefined;
  body: SourceBody;
  status: 'published' | 'draft' | 'scheduled';
  /** First publication, ISO 8601 with its offset (`2019-04-02T09:30:00+01:00`); absent for an undated draft. */
  published?: string | undefined;
  /** Last update, same form. */
  updated?: string | undefined;
  /** Author keys, as in `SourceSite.authors`. */
  authors: string[];
  /** Category slugs (WordPress categories, Ghost primary tag, Hugo `categories`/`section`): sections come from them. */
  categories: string[];
  /** Tag names or slugs. */
  tags: string[];
  /** The featured photo. */
  lead?: SourcePhoto | undefined;
  /**
   * Every address the post had, absolute or as a site path: the permalink, `/?p=123`, Hugo
   * `aliases`, Jekyll `redirect_from`, older slugs. Each becomes a `redirectFrom`.
   */
  oldUrls: string[];
  /** Folder on disk that relative photo paths in the body resolve against (page bundles, Jekyll). */
  folder?: string | undefined;
  notes: SourceNote[];
}

export interface SourceAuthor {
  /** Key posts refer to (WordPress login, Ghost user id, Hugo author name). */
  key: string;
  /** Preferred id for `content/authors/<id>.yaml` (made unique and cleaned by the importer). */
  slug: string;
  name: string;
  bio?: string | undefined;
  role?: string | undefined;
  /** Old author page addresses. */
  oldUrls?: string[] | undefined;
}

export interface SourceCategory {
  slug: string;
  name: string;
  /** Parent category slug (WordPress hierarchies): the mapping may follow it. */
  parent?: string | undefined;
}

/** What a reader knows before the posts: small lists, read in a first pass. */
export interface SourceSite {
  /** The site's public address (`https://old.example`): links to it are internal. */
  baseUrl?: string | undefined;
  /** Other addresses the site answered on (`http://`, `www.`), also internal. */
  otherUrls?: string[] | undefined;
  authors: SourceAuthor[];
  categories: SourceCategory[];
  /**
   * Items the reader left out, counted by reason (`post type nav_menu_item`, `status trash`,
   * `post type page` when pages were not asked for), for the report.
   */
  skipped?: Record<string, number> | undefined;
}

/** One source format. `posts()` streams: a reader never holds the whole archive. */
export interface SourceReader {
  site(): Promise<SourceSite>;
  posts(): AsyncIterable<SourcePost>;
  /** The local file behind a photo URL or path, when the source has one (an export folder, a bundle). */
  localPhoto?(url: string, post: SourcePost): string | undefined;
}
