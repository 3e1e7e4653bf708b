import type { SourceNote, SourcePost } from '../source.ts';
import { postAuthors } from './authors.ts';
import { postBody } from './body.ts';
import { isoDate } from './dates.ts';
import { leadPhoto } from './lead.ts';
import { postNotes } from './post-notes.ts';
import { text, type GhostPost } from './records.ts';
import { permalinkPath } from './permalink.ts';
import { segment, siteUrl } from './site-url.ts';
import type { GhostTables } from './tables.ts';
import { postTaxonomy } from './taxonomy.ts';

/** What every post of one export shares: the other tables, the site's address, the options. */
export interface PostContext {
  tables: GhostTables;
  base: string | undefined;
  /** Ghost pages (`type: page`, or `page: 1` before Ghost 3) are imported only when asked for. */
  pages: boolean;
  /** The export's users, id → slug: authors no user answers to are reported; a permalink may name one. */
  users: ReadonlyMap<string, string>;
}

const STATUS: Record<string, SourcePost['status']> = {
  published: 'published',
  // An e-mail-only post: Ghost sent it and never showed it on the site (a note says so).
  sent: 'published',
  scheduled: 'scheduled',
  draft: 'draft',
};

/** A Ghost page rather than a post, in either era's way of saying so. */
export const isPage = (post: GhostPost) => post.type === 'page' || post.page === true || post.page === 1 || post.page === '1';

function dates(post: GhostPost, status: SourcePost['status'], notes: SourceNote[]) {
  let published = isoDate(post.published_at);
  if (!published && status !== 'draft') {
    published = isoDate(post.created_at);
    notes.push({ kind: 'undated', detail: published ? 'no published_at: created_at used' : 'no date at all' });
  }
  let updated = isoDate(post.updated_at);
  // Ghost moves updated_at on every save, the one that schedules or publishes a post included: only
  // a save after publication is an update readers could have seen.
  if (updated && published && updated <= published) updated = undefined;
  return { published, updated };
}

/**
 * One row of the export's `posts` table as a `SourcePost`, or undefined for a page left out or a
 * row with no id. Everything here is what Ghost had; sections, ids and files are the importer's.
 */
export function sourcePost(post: GhostPost, context: PostContext): SourcePost | undefined {
  const page = isPage(post);
  const key = text(post.id) ?? text(post.uuid);
  if ((page && !context.pages) || !key) return undefined;
  const { tables, base } = context;
  const slug = text(post.slug) ?? key;
  const title = text(post.title) ?? slug;
  const notes: SourceNote[] = [];
  if (page) notes.push({ kind: 'page', detail: 'a Ghost page, imported as a story' });
  if (!text(post.title)) notes.push({ kind: 'untitled', detail: `no title: the slug "${slug}" stands in` });
  const status = STATUS[String(post.status)] ?? 'draft';
  if (!STATUS[String(post.status)]) notes.push({ kind: 'status', detail: `status "${String(post.status)}" imported as a draft` });
  const when = dates(post, status, notes);
  const authors = postAuthors(post, tables, context.users, notes);
  const { categories, tags } = postTaxonomy(key, tables, notes);
  // Pages never took the permalink pattern: they always sat at /<slug>/.
  const path = page
    ? `/${segment(slug)}/`
    : permalinkPath(
        {
          slug,
          id: key,
          published: when.published,
          primaryTag: categories[0],
          primaryAuthor: context.users.get(authors[0] ?? ''),
        },
        tables.settings,
      );
  const permalink = siteUrl(base, path);
  notes.push(...postNotes(post, permalink, base));
  const uuid = text(post.uuid);
  // A draft's or scheduled post's preview link (/p/<uuid>/) is what its editors shared before publication.
  const oldUrls = uuid && status !== 'published' ? [permalink, siteUrl(base, `/p/${segment(uuid)}/`)] : [permalink];
  return {
    origin: `${page ? 'page' : 'post'} ${key} "${title}"`,
    key,
    slug,
    title,
    excerpt: (text(post.custom_excerpt) ?? text(post.excerpt))?.replace(/\s+/g, ' '),
    body: postBody(post, base, notes),
    status,
    ...when,
    authors,
    categories,
    tags,
    lead: leadPhoto(post, tables.postMeta.get(key), base),
    oldUrls,
    notes,
  };
}
