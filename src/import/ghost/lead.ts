import type { SourcePhoto } from '../source.ts';
import { text, type GhostPost } from './records.ts';
import { resolvePlaceholders } from './site-url.ts';
import type { PostMetaRow } from './tables.ts';

/**
 * The feature photo (`image` before Ghost 1.0) as the lead photo. Its alt text and caption sit on the post in Ghost 3 and in
 * `posts_meta` from Ghost 4; the caption is Ghost's inline HTML (often a credit with links) and stays so.
 */
export function leadPhoto(post: GhostPost, meta: PostMetaRow | undefined, base: string | undefined): SourcePhoto | undefined {
  const url = text(post.feature_image) ?? text(post.image);
  if (!url) return undefined;
  const caption = text(post.feature_image_caption) ?? meta?.caption;
  return {
    url: resolvePlaceholders(url, base),
    alt: text(post.feature_image_alt) ?? meta?.alt,
    caption: caption === undefined ? undefined : resolvePlaceholders(caption, base),
  };
}
