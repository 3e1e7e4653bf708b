import { escapeHtml } from '../model/escape.ts';
import type { EmbedProvider } from '../model/embed-providers.ts';

/** Everything a poster shows: the provider, what the oEmbed answer said, the thumbnail's markup. */
export interface PosterParts {
  key: string;
  provider: EmbedProvider;
  url: string;
  /** The frame's address, already through the stand-in when there is one; none: the poster is a link only. */
  frame?: string | undefined;
  title?: string | undefined;
  author?: string | undefined;
  caption?: string | undefined;
  /** A `<picture>` of the local thumbnail, or none for a drawn card. */
  picture?: string | undefined;
}

const a = escapeHtml;

/** What a card shows when there is no title: the address without its scheme, cut short. */
const shortAddress = (url: string) => {
  const plain = url.replace(/^https:\/\/(www\.)?/, '');
  return plain.length > 60 ? `${plain.slice(0, 59)}…` : plain;
};

/**
 * A poster: the thumbnail (or a drawn card), the provider, the title, the caption and a plain link
 * to the original, complete without JavaScript. `/embed.js` shows the play button of a poster that
 * has a frame and swaps the frame in on click; the data-* attributes are all it reads.
 */
export function posterHtml(p: PosterParts): string {
  const { provider } = p;
  const name = a(provider.name);
  // Without a fetched title, the editor's caption names the embed; failing both, its address.
  const label = p.title ?? p.caption ?? shortAddress(p.url);
  const visual =
    p.picture ??
    `<div class="embed__card" aria-hidden="true" data-pagefind-ignore><span class="embed__card-provider">${name}</span><span class="embed__card-title">${a(label)}</span></div>`;
  const thing = provider.shape === 'video' || provider.shape === 'tall' ? 'video' : provider.shape === 'chart' ? 'chart' : 'post';
  const play = p.frame
    ? `<button type="button" class="embed__play" hidden data-pagefind-ignore>${thing === 'video' ? 'Play' : 'Show'} the ${thing} here <span class="embed__note">(loads it from ${name})</span></button>`
    : '';
  const data = p.frame
    ? ` data-embed-frame="${a(p.frame)}" data-embed-title="${a(`${provider.name}: ${label}`)}" data-embed-sandbox="${a(provider.sandbox)}"${provider.allow ? ` data-embed-allow="${a(provider.allow)}"` : ''}`
    : '';
  const by = p.author ? ` <span class="embed__author">by ${a(p.author)}</span>` : '';
  // The editor's caption first, as under a photo; then where the embed comes from.
  const caption = p.caption && p.caption !== label ? `<span class="embed__text">${a(p.caption)}</span>` : '';
  return (
    `<figure class="embed embed--${provider.shape} embed--${a(p.key)}"${data}>` +
    `<div class="embed__poster">${visual}${play}</div>` +
    `<figcaption class="embed__caption">${caption}<span class="embed__provider">${name}</span> <span class="embed__title">${a(label)}</span>${by} ` +
    `<a class="embed__link" href="${a(p.url)}" rel="noopener">${provider.verb} on ${name}</a></figcaption></figure>`
  );
}

/** A body as feeds carry it: posters keep their link, but lose the button no feed reader can run. */
export const withoutPlayButtons = (html: string) =>
  html.replace(/<button type="button" class="embed__play" hidden data-pagefind-ignore>.*?<\/button>/g, '');
