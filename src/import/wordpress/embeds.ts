import { escapeHtml } from '../../model/escape.ts';
import type { BodyContext } from './body.ts';
import type { Shortcode } from './shortcode-syntax.ts';
import { embedLine } from '../convert/embed-line.ts';
import { plainText } from '../convert/html-text.ts';

/**
 * Embedded players and posts (YouTube, a tweet, an audio file): an `Embed:` line where Broadsheet
 * knows the provider (a poster, the player on the reader's click), else a plain link to what was
 * embedded; a note either way, so an editor can decide.
 */
export function embedLink(url: string, what: string, ctx: BodyContext): string {
  const embed = embedLine(url);
  ctx.notes.push({ kind: 'embed', detail: `${what} ${url}: ${embed ? 'kept as an embed' : 'kept as a link'}` });
  const safe = escapeHtml(url);
  return `<p>${embed ? 'Embed: ' : ''}<a href="${safe}">${safe}</a></p>`;
}

const URL_ONLY = /^https?:\/\/[^\s<>"]+$/;
const SOURCES: Record<string, string[]> = {
  video: ['src', 'mp4', 'm4v', 'webm', 'ogv', 'wmv', 'flv'],
  audio: ['src', 'mp3', 'ogg', 'oga', 'm4a', 'wav', 'wma', 'flac'],
  embed: [],
  youtube: ['url'],
  vimeo: ['url'],
};

/** The shortcodes that embed something, by name. */
export const EMBED_SHORTCODES = new Set(Object.keys(SOURCES));

/**
 * `[embed]URL[/embed]`, `[youtube URL]` (also Jetpack's `[youtube=URL]`), `[video src=…]`,
 * `[audio mp3=…]` as a link; undefined (kept as written) when no address can be found in it.
 */
export function embedShortcode(shortcode: Shortcode, ctx: BodyContext): string | undefined {
  const candidates = [
    ...(SOURCES[shortcode.name] ?? []).map((name) => shortcode.attrs.get(name)),
    shortcode.content === undefined ? undefined : plainText(shortcode.content),
    ...shortcode.positional.map((p) => p.replace(/^=/, '')),
  ];
  const url = candidates.map((c) => c?.trim()).find((c) => c && URL_ONLY.test(c));
  return url ? embedLink(url, `[${shortcode.name}]`, ctx) : undefined;
}

// WordPress embeds a URL alone on its line, or alone in a paragraph (`WP_Embed::autoembed`).
const LINE = /^([ \t]*)(https?:\/\/[^\s<>"]+)([ \t]*)$/gm;
const PARAGRAPH = /<p(?:\s[^>]*)?>\s*(https?:\/\/[^\s<>"]+)\s*<\/p>/g;
const PRE = /(<pre\b[\s\S]*?<\/pre>)/i;

/** Bare URLs WordPress would have turned into players, as links; text inside `<pre>` is left alone. */
export function autoEmbeds(html: string, ctx: BodyContext): string {
  if (!html.includes('http')) return html;
  return html
    .split(PRE)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part
            .replace(PARAGRAPH, (_, url: string) => embedLink(url, 'URL', ctx))
            .replace(LINE, (_, before: string, url: string, after: string) => before + embedLink(url, 'URL', ctx) + after),
    )
    .join('');
}
