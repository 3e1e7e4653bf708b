import { exportRows } from './export-stream.ts';
import { row, text, type GhostLink, type GhostPostMeta, type GhostSetting, type GhostTag, type GhostUser } from './records.ts';

/** A tag as posts need it. */
export interface TagRow {
  name: string;
  slug: string;
  /** Ghost's `visibility: internal` (or a name starting `#`): a label for the newsroom, never shown. */
  internal: boolean;
}

/** The feature photo's alt text and caption, when `posts_meta` holds them (Ghost 4+). */
export interface PostMetaRow {
  alt?: string | undefined;
  caption?: string | undefined;
}

/**
 * Everything in an export but the posts: small rows, kept in memory so each streamed post can be
 * completed on its own. Relations are kept as ids in Ghost's `sort_order`, the order Ghost shows them.
 */
export interface GhostTables {
  tags: Map<string, TagRow>;
  users: GhostUser[];
  /** Tag ids by post id, in order: the first public one is the primary tag. */
  postTags: Map<string, string[]>;
  /** Author (user) ids by post id, in order. */
  postAuthors: Map<string, string[]>;
  postMeta: Map<string, PostMetaRow>;
  /** `settings` as key → string value (`title`, `timezone`, …). */
  settings: Map<string, string>;
}

const TABLES = new Set(['tags', 'users', 'posts_tags', 'posts_authors', 'posts_meta', 'settings']);

type Ordered = Map<string, { id: string; order: number }[]>;

function link(into: Ordered, value: unknown, key: 'tag_id' | 'author_id'): void {
  const r = row<GhostLink>(value);
  const post = text(r.post_id);
  const id = text(r[key]);
  if (!post || !id) return;
  const order = Number(r.sort_order ?? 0);
  const list = into.get(post) ?? [];
  if (list.length === 0) into.set(post, list);
  list.push({ id, order: Number.isFinite(order) ? order : 0 });
}

function tag(value: unknown): [string, TagRow] | undefined {
  const r = row<GhostTag>(value);
  const id = text(r.id);
  const name = text(r.name);
  if (!id || !name) return undefined;
  const internal = r.visibility === 'internal' || name.startsWith('#');
  return [id, { name, slug: text(r.slug) ?? name, internal }];
}

/** Ids in `sort_order`; rows with equal orders keep the file's order (Array.prototype.sort is stable). */
const sorted = (links: Ordered) =>
  new Map([...links].map(([post, list]) => [post, list.sort((a, b) => a.order - b.order).map((l) => l.id)]));

/** Reads every table of the export a post refers to, in one streamed pass that skips the posts. */
export async function readTables(file: string): Promise<GhostTables> {
  const tags = new Map<string, TagRow>();
  const users: GhostUser[] = [];
  const postTags: Ordered = new Map();
  const postAuthors: Ordered = new Map();
  const postMeta = new Map<string, PostMetaRow>();
  const settings = new Map<string, string>();
  for await (const { table, value } of exportRows(file, TABLES)) {
    if (table === 'tags') {
      const entry = tag(value);
      if (entry) tags.set(...entry);
    } else if (table === 'users') {
      // Only what an author page needs: user rows also hold e-mail addresses and password hashes.
      const { id, name, slug, bio } = row<GhostUser>(value);
      users.push({ id, name, slug, bio });
    } else if (table === 'posts_tags') link(postTags, value, 'tag_id');
    else if (table === 'posts_authors') link(postAuthors, value, 'author_id');
    else if (table === 'posts_meta') {
      const r = row<GhostPostMeta>(value);
      const post = text(r.post_id);
      // Only the two fields a post needs, and only when set: posts_meta also holds SEO and e-mail texts.
      const meta = { alt: text(r.feature_image_alt), caption: text(r.feature_image_caption) };
      if (post && (meta.alt || meta.caption)) postMeta.set(post, meta);
    } else if (table === 'settings') {
      const r = row<GhostSetting>(value);
      const key = text(r.key);
      const setting = text(r.value);
      if (key && setting) settings.set(key, setting);
    }
  }
  return { tags, users, postTags: sorted(postTags), postAuthors: sorted(postAuthors), postMeta, settings };
}
