import type { SourceNote } from '../source.ts';
import type { AttachmentIndex } from './attachments.ts';
import { autop } from './autop.ts';
import { hasBlocks, unblock, withoutBreaks } from './blocks.ts';
import { autoEmbeds } from './embeds.ts';
import { lonePhotos, normaliseFigures } from './figures.ts';
import { expandShortcodes } from './shortcodes.ts';

/**
 * A post's `content:encoded` as the HTML readers saw, without what only WordPress understands:
 * block comments, shortcodes, auto-embedded URLs, and (for classic-editor posts, which are stored
 * without them) the paragraphs WordPress added on display. Steps run in WordPress's own order:
 * blocks, then shortcodes and embeds, then paragraphs; photos end in one shape (`figures.ts`).
 */
export function cleanBody(html: string, ctx: BodyContext): string {
  const blocks = hasBlocks(html);
  let text = withoutBreaks(blocks ? unblock(html, ctx) : html);
  text = normaliseFigures(text, ctx);
  text = expandShortcodes(text, ctx);
  text = autoEmbeds(text, ctx);
  return lonePhotos(blocks ? text : autop(text), ctx).trim();
}

/** What cleaning one post's body needs to know, and where it reports what it met. */
export interface BodyContext {
  /** The post's WordPress id: a bare `[gallery]` shows the photos uploaded to it. */
  postId: string;
  attachments: AttachmentIndex;
  /** The post's notes, added to as the body is cleaned. */
  notes: SourceNote[];
}
