import type { BodyContext } from './body.ts';
import { figureHtml } from './figures.ts';
import type { Shortcode } from './shortcode-syntax.ts';

/**
 * `[gallery ids="12,13"]` as one figure per photo, each with its attachment's caption: Broadsheet
 * shows photos one after another, not as a grid of thumbnails. Without `ids` (or the older
 * `include`) WordPress shows the photos uploaded to the post, in their menu order, and so do we.
 * Ids the export has no attachment for are noted, since those photos are lost.
 */
export function galleryFigures(shortcode: Shortcode, ctx: BodyContext): string {
  const listed = shortcode.attrs.get('ids') ?? shortcode.attrs.get('include');
  const ids = listed === undefined ? ctx.attachments.children(ctx.postId) : listed.split(/[\s,]+/).filter(Boolean);
  const figures: string[] = [];
  const missing: string[] = [];
  for (const id of ids) {
    const attachment = ctx.attachments.get(id);
    if (attachment) figures.push(figureHtml(attachment.url, attachment.alt, attachment.caption));
    else missing.push(id);
  }
  if (missing.length > 0) {
    const which = missing.length === 1 ? `attachment ${missing[0]}` : `attachments ${missing.join(', ')}`;
    ctx.notes.push({ kind: 'missing-photo', detail: `[gallery] names ${which}, not in the export: left out` });
  }
  if (ids.length === 0)
    ctx.notes.push({ kind: 'missing-photo', detail: `${shortcode.raw} shows no photo the export has: left out` });
  return figures.join('\n');
}
