import { slugify } from '../../model/slug.ts';
import type { SourceNote, SourcePhoto, SourcePost } from '../source.ts';
import { photoOf, type AttachmentIndex } from './attachments.ts';
import { loginOf } from './authors.ts';
import { cleanBody } from './body.ts';
import type { StatusReading } from './post-status.ts';
import { oldUrls } from './old-urls.ts';
import { itemTerms } from './terms.ts';
import { plainText } from '../convert/html-text.ts';
import { decodeSlug } from './text.ts';
import { postDates } from './wxr-dates.ts';
import type { WxrRecord } from './wxr-stream.ts';

/** What turning an item into a post needs from the first pass and the editor. */
export interface ItemContext {
  attachments: AttachmentIndex;
  baseUrl: string | undefined;
  timezone: string;
}

/** A `post` (or `page`) item WordPress kept, as the post the importer reads. */
export function itemPost(item: WxrRecord, status: Extract<StatusReading, { keep: true }>, ctx: ItemContext): SourcePost {
  const field = (name: string) => item.fields.get(name) ?? '';
  const id = field('wp:post_id').trim();
  const type = field('wp:post_type').trim() || 'post';
  const title = plainText(field('title'));
  const notes: SourceNote[] = status.note ? [status.note] : [];

  const dates = postDates(item.fields, ctx.timezone);
  if (!dates.published) notes.push({ kind: 'undated', detail: `no usable date (${field('wp:post_date').trim() || 'none'})` });

  const body = cleanBody(field('content:encoded'), { postId: id, attachments: ctx.attachments, notes });
  const { categories, tags } = itemTerms(item);
  const author = loginOf(field('dc:creator'));
  const excerpt = plainText(field('excerpt:encoded'));

  return {
    origin: `${type} ${id} "${title}"`,
    key: id,
    slug: decodeSlug(field('wp:post_name')) || slugify(title) || `${type}-${id}`,
    title,
    excerpt: excerpt || undefined,
    body: { format: 'html', text: body },
    status: status.status,
    published: dates.published,
    updated: dates.updated,
    authors: author ? [author] : [],
    categories: categories.map((c) => c.slug),
    tags,
    lead: leadPhoto(item, ctx.attachments, notes),
    oldUrls: oldUrls(item, ctx.baseUrl),
    notes,
  };
}

/** The featured photo (`_thumbnail_id`) from its attachment; a missing attachment is noted. */
function leadPhoto(item: WxrRecord, attachments: AttachmentIndex, notes: SourceNote[]): SourcePhoto | undefined {
  const id = item.meta.find(([key]) => key === '_thumbnail_id')?.[1].trim();
  if (!id) return undefined;
  const attachment = attachments.get(id);
  if (!attachment) notes.push({ kind: 'missing-photo', detail: `featured photo: attachment ${id} is not in the export` });
  return attachment ? photoOf(attachment) : undefined;
}
