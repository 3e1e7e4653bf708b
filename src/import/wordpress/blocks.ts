import type { BodyContext } from './body.ts';
import { embedLink } from './embeds.ts';
import { plainText } from '../convert/html-text.ts';

/**
 * The block editor (Gutenberg) stores a post as HTML between comments that name each block:
 * `<!-- wp:paragraph -->…<!-- /wp:paragraph -->`, `<!-- wp:latest-posts {"postsToShow":3} /-->`.
 * The HTML inside is what readers saw and is kept; the comments go. Blocks whose HTML WordPress
 * drew only when the page was shown (latest posts, archives, reusable blocks) leave nothing
 * behind, and are noted.
 */

// [1] closing slash, [2] block name, [3] attributes (JSON), [4] self-closing slash. WordPress
// escapes `--` inside attributes, so the first `-->` ends the comment.
const BLOCK_COMMENT = /<!--\s+(\/?)wp:([a-z][a-z0-9_-]*(?:\/[a-z][a-z0-9_-]*)?)(\s[\s\S]*?)?\s*(\/?)-->/g;
const EMBED_BLOCK = /<!--\s+wp:((?:core-)?embed(?:\/[a-z0-9_-]+)?|video|audio)(\s[\s\S]*?)?\s*-->([\s\S]*?)<!--\s+\/wp:\1\s+-->/g;
// The old `<!--more-->` teaser break and `<!--nextpage-->` page break mean nothing in a story.
const PRE = /(<pre\b[\s\S]*?<\/pre>)/i;
const BREAKS = /<!--\s*(?:more|nextpage|noteaser)(?:\s[^>]*?)?\s*-->/g;

/** Whether a body was written in the block editor. */
export const hasBlocks = (html: string) => /<!--\s+\/?wp:[a-z]/.test(html);

/** A body with its block comments removed (and the blank lines they leave), embeds as links and dynamic blocks noted. */
export function unblock(html: string, ctx: BodyContext): string {
  return html
    .replace(EMBED_BLOCK, (whole, name: string, json: string | undefined, inner: string) => {
      const url = embedUrl(json, inner);
      return url ? embedLink(url, `${name} block`, ctx) : whole;
    })
    .replace(BLOCK_COMMENT, (_, closing: string, name: string, json: string | undefined, selfClosing: string) => {
      if (selfClosing === '/' && !closing) ctx.notes.push(dynamicNote(name, json));
      return '';
    })
    .split(PRE)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/\n[ \t]*\n(?:[ \t]*\n)+/g, '\n\n')))
    .join('');
}

/** A body without the teaser and page-break comments of either editor. */
export const withoutBreaks = (html: string) => html.replace(BREAKS, '');

function attributes(json: string | undefined): Record<string, unknown> {
  try {
    const value: unknown = json ? JSON.parse(json.trim()) : {};
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function embedUrl(json: string | undefined, inner: string): string | undefined {
  const { url, src } = attributes(json);
  if (typeof url === 'string' && /^https?:\/\//.test(url)) return url;
  if (typeof src === 'string' && /^https?:\/\//.test(src)) return src;
  const source = /<(?:video|audio|source)\b[^>]*\bsrc="(https?:\/\/[^"]+)"/.exec(inner)?.[1];
  return source ?? /https?:\/\/[^\s<>"]+/.exec(plainText(inner))?.[0];
}

function dynamicNote(name: string, json: string | undefined): { kind: string; detail: string } {
  const { ref } = attributes(json);
  if (name === 'block' && ref !== undefined)
    return { kind: 'dynamic-block', detail: `reusable block ${String(ref)} (wp:block): not in the post, left out` };
  return { kind: 'dynamic-block', detail: `wp:${name} block: drawn by WordPress when shown, left out` };
}
