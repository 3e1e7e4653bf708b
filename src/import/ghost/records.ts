/**
 * The rows of a Ghost export as its tables hold them. Every field is optional and loosely typed:
 * exports from Ghost 0.x to 5.x differ (epoch numbers or ISO strings, `page` or `type`, authors on the
 * post or in `posts_authors`), and a reader that trusted one shape would drop the others' posts.
 */

/** A value from an export: dates come as ISO strings or epoch milliseconds, flags as 0/1 or booleans. */
export type Scalar = string | number | boolean | null | undefined;

export interface GhostPost {
  id?: Scalar;
  uuid?: Scalar;
  title?: Scalar;
  slug?: Scalar;
  html?: Scalar;
  lexical?: Scalar;
  mobiledoc?: Scalar;
  /** Ghost 0.x kept the Markdown the editor wrote. */
  markdown?: Scalar;
  plaintext?: Scalar;
  custom_excerpt?: Scalar;
  excerpt?: Scalar;
  status?: Scalar;
  type?: Scalar;
  page?: Scalar;
  visibility?: Scalar;
  published_at?: Scalar;
  updated_at?: Scalar;
  created_at?: Scalar;
  author_id?: Scalar;
  feature_image?: Scalar;
  /** The feature photo before Ghost 1.0 renamed the column. */
  image?: Scalar;
  feature_image_alt?: Scalar;
  feature_image_caption?: Scalar;
  canonical_url?: Scalar;
  codeinjection_head?: Scalar;
  codeinjection_foot?: Scalar;
}

export interface GhostTag {
  id?: Scalar;
  name?: Scalar;
  slug?: Scalar;
  visibility?: Scalar;
}

export interface GhostUser {
  id?: Scalar;
  name?: Scalar;
  slug?: Scalar;
  bio?: Scalar;
  location?: Scalar;
  website?: Scalar;
  profile_image?: Scalar;
}

/** A row of `posts_tags` or `posts_authors`: which post, which tag or author, in what order. */
export interface GhostLink {
  post_id?: Scalar;
  tag_id?: Scalar;
  author_id?: Scalar;
  sort_order?: Scalar;
}

/** A row of `posts_meta` (Ghost 3+): the feature photo's alt and caption moved here in 4.x. */
export interface GhostPostMeta {
  post_id?: Scalar;
  feature_image_alt?: Scalar;
  feature_image_caption?: Scalar;
}

export interface GhostSetting {
  key?: Scalar;
  value?: Scalar;
}

/** A field as a trimmed string, or undefined when it is missing, null or blank. */
export function text(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** A record from the stream as an object whose fields can be read, or an empty one. */
export function row<T>(value: unknown): T {
  return (value !== null && typeof value === 'object' && !Array.isArray(value) ? value : {}) as T;
}
