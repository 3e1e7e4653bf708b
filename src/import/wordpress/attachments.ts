import type { SourcePhoto } from '../source.ts';
import type { WxrRecord } from './wxr-stream.ts';
import { plainText } from '../convert/html-text.ts';
import { own } from './text.ts';

/**
 * WordPress keeps a photo's alt text, caption and file address on an attachment item, which posts
 * name by id (`_thumbnail_id`, `[gallery ids]`, `wp-image-12`). Exports list attachments wherever
 * they fall, often after the posts using them, so the first pass keeps this much of each (not
 * the title: WordPress makes it from the file name, and it is no alt text).
 */
export interface Attachment {
  url: string;
  alt?: string | undefined;
  caption?: string | undefined;
  /** The post it was uploaded to: `[gallery]` without ids shows these. */
  parent: string;
  /** Its place among the parent's attachments (`wp:menu_order`, then id). */
  order: number;
}

/** Attachments by id, and the ids uploaded to each post. */
export class AttachmentIndex {
  private readonly byId = new Map<string, Attachment>();
  private readonly byParent = new Map<string, string[]>();

  /** Keeps what a `wp:post_type` `attachment` item says about its photo; no URL, no photo. */
  add(item: WxrRecord): void {
    const id = item.fields.get('wp:post_id')?.trim();
    const url = (item.fields.get('wp:attachment_url') ?? item.fields.get('guid') ?? '').trim();
    if (!id || !url) return;
    const metaAlt = item.meta.find(([key]) => key === '_wp_attachment_image_alt')?.[1];
    const parent = item.fields.get('wp:post_parent')?.trim() ?? '0';
    this.byId.set(own(id), {
      url: own(url),
      alt: present(metaAlt === undefined ? undefined : plainText(metaAlt)),
      caption: present(item.fields.get('excerpt:encoded')?.trim()),
      parent: own(parent),
      order: Number(item.fields.get('wp:menu_order') ?? 0) || 0,
    });
    if (parent !== '0') this.byParent.set(own(parent), [...(this.byParent.get(parent) ?? []), own(id)]);
  }

  get(id: string): Attachment | undefined {
    return this.byId.get(id.trim());
  }

  get size(): number {
    return this.byId.size;
  }

  /** The attachments uploaded to `postId`, in the order WordPress shows a bare `[gallery]`. */
  children(postId: string): string[] {
    const ids = this.byParent.get(postId) ?? [];
    const order = (id: string) => this.byId.get(id)?.order ?? 0;
    return [...ids].sort((a, b) => order(a) - order(b) || Number(a) - Number(b));
  }
}

/** An attachment as the photo a post shows: its file, alt text and caption. */
export function photoOf(attachment: Attachment): SourcePhoto {
  return { url: attachment.url, alt: attachment.alt, caption: attachment.caption };
}

const present = (text: string | undefined) => (text ? own(text) : undefined);
