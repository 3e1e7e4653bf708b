import type { SourceAuthor, SourceNote } from '../source.ts';
import { text, type GhostPost, type GhostUser } from './records.ts';
import { segment, siteUrl } from './site-url.ts';
import type { GhostTables } from './tables.ts';

/**
 * A Ghost user as an author. No `role`: Ghost's roles (Administrator, Editor, Author, Contributor)
 * are permissions, not job titles, and `location` is a place; the editor adds titles afterwards.
 */
export function sourceAuthor(user: GhostUser, base: string | undefined): SourceAuthor | undefined {
  const key = text(user.id);
  const name = text(user.name);
  if (!key || !name) return undefined;
  const slug = text(user.slug) ?? name;
  return { key, slug, name, bio: text(user.bio), oldUrls: [siteUrl(base, `/author/${segment(slug)}/`)] };
}

/**
 * A post's author keys in Ghost's order: `posts_authors` by `sort_order` (Ghost 1.22+), else the
 * post's own `author_id` (older exports). Ids no user row answers to are dropped with a note.
 */
export function postAuthors(
  post: GhostPost,
  tables: GhostTables,
  known: ReadonlyMap<string, string>,
  notes: SourceNote[],
): string[] {
  const id = text(post.id);
  const listed = (id && tables.postAuthors.get(id)) || [text(post.author_id)].filter((a) => a !== undefined);
  const authors: string[] = [];
  for (const author of listed) {
    if (known.has(author)) {
      if (!authors.includes(author)) authors.push(author);
    } else notes.push({ kind: 'unknown-author', detail: `author id ${author} is not among the export's users` });
  }
  if (authors.length === 0) notes.push({ kind: 'no-author', detail: 'no author in the export' });
  return authors;
}
