import { readStatus, type StatusReading } from './post-status.ts';
import type { WxrRecord } from './wxr-stream.ts';

/**
 * Which items of an export become posts. Both passes ask the same question, so the counts the
 * first pass reports are the posts the second one yields.
 */
export type ItemFate = StatusReading | { keep: false; attachment: true };

/**
 * Posts are kept, pages only when asked for; attachments feed the photos; everything else a site
 * stores as items (menu entries, revisions, reusable blocks, custom post types) is left out by type.
 */
export function itemFate(item: WxrRecord, pages: boolean): ItemFate {
  const type = item.fields.get('wp:post_type')?.trim() ?? '';
  if (type === 'attachment') return { keep: false, attachment: true };
  if (type !== 'post' && !(type === 'page' && pages)) return { keep: false, reason: `post type ${type || '(none)'}` };
  const reading = readStatus(item.fields.get('wp:status'));
  // A password-protected post is public only to those given the password; Broadsheet has no such
  // thing, so it waits as a draft rather than being published to everyone.
  if (reading.keep && reading.status !== 'draft' && item.fields.get('wp:post_password')?.trim()) {
    return {
      keep: true,
      status: 'draft',
      note: { kind: 'password', detail: 'password-protected in WordPress: kept as a draft' },
    };
  }
  return reading;
}
