import type { BodyContext } from './body.ts';
import { figureHtml } from './figures.ts';
import type { Shortcode } from './shortcode-syntax.ts';
import { tagAttributes } from './text.ts';

const IMG = /<img\b[^>]*>/i;
// The photo as WordPress inserts it: the <img>, often inside a link to the file or its page.
const LINKED_IMG = /<a\b[^>]*>\s*<img\b[^>]*>\s*<\/a>|<img\b[^>]*>/i;

/**
 * `[caption id="attachment_12"]<a href="…"><img src="…" alt="…" class="wp-image-12"></a> Caption[/caption]`
 * as a figure. The caption is the text after the photo (or, in posts from before WordPress 3.4,
 * the `caption` attribute). When the photo names its attachment (`wp-image-12`, `attachment_12`)
 * the attachment's own file is used, the original rather than the size the post showed, and its
 * alt text fills an empty one. The link around the photo goes: it pointed at the photo itself.
 * Undefined (the shortcode kept as written) when there is no photo in it.
 */
export function captionFigure(shortcode: Shortcode, ctx: BodyContext): string | undefined {
  const content = shortcode.content ?? '';
  const img = IMG.exec(content);
  if (!img) {
    ctx.notes.push({ kind: 'caption-without-photo', detail: `${clip(shortcode.raw)} has no photo: left as written` });
    return undefined;
  }
  const attrs = tagAttributes(img[0]);
  const id =
    /\bwp-image-(\d+)\b/.exec(attrs.get('class') ?? '')?.[1] ?? /^attachment_(\d+)$/.exec(shortcode.attrs.get('id') ?? '')?.[1];
  const attachment = id === undefined ? undefined : ctx.attachments.get(id);
  const src = attachment?.url ?? attrs.get('src') ?? '';
  const alt = attrs.get('alt')?.trim() || attachment?.alt || attrs.get('alt');
  const caption = content.replace(LINKED_IMG, '').trim() || shortcode.attrs.get('caption');
  return figureHtml(src, alt, caption);
}

/** A shortcode shortened for a note. */
export const clip = (text: string, max = 80) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);
