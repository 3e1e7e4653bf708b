import { note, placeholder, shorten, type Conversion } from './context.ts';
import { replaceNode, visibleText } from './dom.ts';
import { embedLine } from './embed-line.ts';
import { embedLink } from './embed-links.ts';
import { destination, escapeText } from './markdown-escape.ts';
import { cleanLink } from './urls.ts';

// Posts embedded as a quote and a script: the quote holds the post's words and a link to it.
const QUOTED_POSTS = 'blockquote.twitter-tweet, blockquote.twitter-video';
// Embeds whose markup holds no words worth keeping, only where the post lives.
const CARDS = 'blockquote.instagram-media, blockquote.tiktok-embed, .fb-post, .fb-video, .kg-audio-card, .kg-video-card';
const PLAYERS = 'iframe, embed, object, video, audio';

/** The address a player or card shows. */
function sourceOf(el: Element): string | undefined {
  const media = el.matches('video, audio') ? el : el.querySelector('video, audio');
  return (
    el.getAttribute('data-instgrm-permalink') ??
    el.getAttribute('cite') ??
    el.getAttribute('data-href') ??
    el.getAttribute('src') ??
    el.getAttribute('data') ??
    media?.getAttribute('src') ??
    media?.querySelector('source[src]')?.getAttribute('src') ??
    el.querySelector('a[href]')?.getAttribute('href') ??
    undefined
  );
}

function titleOf(el: Element): string | undefined {
  const named = el.querySelector('.kg-audio-title, .kg-video-title, figcaption');
  return el.getAttribute('title') ?? (named ? visibleText(named) : undefined);
}

const mediaKind = (el: Element) =>
  el.matches('video, .kg-video-card') ? 'video' : el.matches('audio, .kg-audio-card') ? 'audio' : undefined;

/** Replaces `el` with a paragraph linking to what it showed, or drops it when it showed nothing reachable. */
function toLink(c: Conversion, el: Element, src: string | undefined, title?: string) {
  const found = src ? embedLink(src, title) : undefined;
  const link = found ? cleanLink(found.url) : undefined;
  if (!found || !link || !('url' in link)) {
    const tag = el.nodeName.toLowerCase();
    note(c, 'embed', `<${tag}> with no web address to link to was left out (${shorten(src ?? el.outerHTML)})`);
    el.remove();
    return;
  }
  // A video or audio file is no page with a name: the link says what it plays.
  const media = mediaKind(el);
  const embed = media ? undefined : embedLine(link.url, title);
  if (embed) {
    note(c, 'embed', `${found.what} ${shorten(src!)} became an embed of ${shorten(link.url)}`);
    replaceNode(el, placeholder(c, el.ownerDocument, embed, true));
    return;
  }
  const text = media
    ? `${media === 'audio' ? 'Listen to the audio' : 'Watch the video'}${title ? `: ${title}` : ''}`
    : found.text;
  note(c, 'embed', `${media ? `${media} file` : found.what} ${shorten(src!)} became a link to ${shorten(link.url)}`);
  const markdown = `[${escapeText(text)}](${destination(link.url)})`;
  replaceNode(el, placeholder(c, el.ownerDocument, markdown, true));
}

/**
 * Embedded players and posts (YouTube, Vimeo, maps, audio and video files, Instagram, TikTok,
 * WordPress embed blocks, Ghost cards) become an `Embed:` line when Broadsheet knows the provider
 * (the reader gets a poster, the player only on a click), else a paragraph linking to the page they
 * showed: a story loads no other site's player by itself. A quoted post (X, Twitter) keeps its quote and link.
 */
export function convertEmbeds(c: Conversion, root: Element) {
  for (const quote of Array.from(root.querySelectorAll(QUOTED_POSTS))) {
    const link = Array.from(quote.querySelectorAll('a[href]')).at(-1)?.getAttribute('href');
    note(c, 'embed', `post quoted from X (Twitter) kept as a quote${link ? ` linking to ${shorten(link)}` : ''}`);
  }
  for (const el of Array.from(root.querySelectorAll(CARDS))) {
    if (root.contains(el)) toLink(c, el, sourceOf(el), titleOf(el));
  }
  for (const el of Array.from(root.querySelectorAll('.wp-block-embed'))) {
    const wrapper = el.querySelector('.wp-block-embed__wrapper');
    const url = wrapper && !wrapper.querySelector(PLAYERS) ? visibleText(wrapper) : undefined;
    if (url && root.contains(el)) toLink(c, wrapper!, url, undefined);
  }
  for (const el of Array.from(root.querySelectorAll('.kg-bookmark-card'))) {
    const a = el.querySelector('a[href]');
    const title = el.querySelector('.kg-bookmark-title');
    const href = cleanLink(a?.getAttribute('href') ?? null);
    const text = title ? visibleText(title) : '';
    const markdown = 'url' in href && text ? `[${escapeText(text)}](${destination(href.url)})` : '';
    replaceNode(el, placeholder(c, el.ownerDocument, markdown, true));
  }
  for (const el of Array.from(root.querySelectorAll(PLAYERS))) {
    if (root.contains(el)) toLink(c, el, sourceOf(el), el.getAttribute('title') ?? undefined);
  }
}
