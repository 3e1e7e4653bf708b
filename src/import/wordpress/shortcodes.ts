import type { BodyContext } from './body.ts';
import { captionFigure, clip } from './caption.ts';
import { EMBED_SHORTCODES, embedShortcode } from './embeds.ts';
import { galleryFigures } from './gallery.ts';
import { replaceShortcodes, type Shortcode } from './shortcode-syntax.ts';

// Shortcodes WordPress itself and the plugins newsrooms use most register, met bare (`[gallery]`,
// `[playlist]`): with a name on this list, brackets around a word are a shortcode, not prose.
const KNOWN = new Set([
  ...'caption wp_caption gallery playlist embed audio video youtube vimeo'.split(' '),
  ...'tweet twitter instagram soundcloud googlemaps slideshow contact-form contact-form-7 gravityform'.split(' '),
  ...'wpforms ninja_form pullquote button toc footnote footnotes ref table column row vc_row et_pb_section'.split(' '),
]);

/**
 * A bracketed word is a shortcode when WordPress would have run it: it has a closing tag, a
 * self-closing slash, a named attribute, or a name everyone registers. `[sic]`, `[1]` and
 * `[Editor's note: …]` are prose and are never touched nor reported.
 */
export function looksLikeShortcode(shortcode: Shortcode): boolean {
  return shortcode.content !== undefined || shortcode.selfClosing || shortcode.attrs.size > 0 || KNOWN.has(shortcode.name);
}

/**
 * The shortcodes of a body replaced: captions and galleries by figures, embeds by links. Any other
 * shortcode stays exactly as written (what it drew is not in the export), once noted per name; the
 * shortcodes inside one it leaves are still read.
 */
export function expandShortcodes(html: string, ctx: BodyContext): string {
  const unknown = new Map<string, { first: string; count: number }>();
  const handle = (shortcode: Shortcode): string | undefined => {
    const { name } = shortcode;
    if (name === 'caption' || name === 'wp_caption') return captionFigure(shortcode, ctx);
    if (name === 'gallery') return galleryFigures(shortcode, ctx);
    if (EMBED_SHORTCODES.has(name)) {
      const link = embedShortcode(shortcode, ctx);
      if (link !== undefined) return link;
    }
    if (!looksLikeShortcode(shortcode)) return undefined;
    const seen = unknown.get(name);
    if (seen) seen.count++;
    else unknown.set(name, { first: shortcode.open, count: 1 });
    if (shortcode.content === undefined) return undefined;
    return `${shortcode.open}${replaceShortcodes(shortcode.content, handle)}[/${name}]`;
  };
  const text = replaceShortcodes(html, handle);
  for (const [name, { first, count }] of unknown) {
    const times = count > 1 ? ` (${count} times)` : '';
    ctx.notes.push({ kind: 'unknown-shortcode', detail: `[${name}]${times} left as written: ${clip(first)}` });
  }
  return text;
}
