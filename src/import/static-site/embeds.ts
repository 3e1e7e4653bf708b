import { embedLine } from '../convert/embed-line.ts';
import type { SourceNote } from '../source.ts';
import type { ShortcodeParams } from './shortcode-scan.ts';

/** What an embed shortcode points at, and the words its link gets. */
interface Embed {
  url: string;
  words: string;
}

const id = (params: ShortcodeParams, ...names: string[]) =>
  names.map((name) => params.named[name]).find(Boolean) ?? params.positional[0];

/** Hugo's built-in embeds, each as the page it shows. */
const EMBEDS: Record<string, (params: ShortcodeParams) => Embed | undefined> = {
  youtube: (p) => {
    const video = id(p, 'id');
    return video
      ? { url: `https://www.youtube.com/watch?v=${encodeURIComponent(video)}`, words: 'Watch the video on YouTube' }
      : undefined;
  },
  vimeo: (p) => {
    const video = id(p, 'id');
    return video ? { url: `https://vimeo.com/${encodeURIComponent(video)}`, words: 'Watch the video on Vimeo' } : undefined;
  },
  tweet: (p) => post(p, 'https://twitter.com'),
  twitter: (p) => post(p, 'https://twitter.com'),
  x: (p) => post(p, 'https://x.com'),
  instagram: (p) => {
    const photo = id(p, 'id');
    return photo
      ? { url: `https://www.instagram.com/p/${encodeURIComponent(photo)}/`, words: 'See the post on Instagram' }
      : undefined;
  },
  gist: (p) => {
    // Hugo writes `gist user id`; Jekyll's plugin `gist user/id` or `gist id`.
    const [user, gist] = [p.named['user'] ?? p.positional[0], p.named['id'] ?? p.positional[1]];
    const path = gist ? `${user}/${gist}` : user;
    return path && /^[\w./-]+$/.test(path)
      ? { url: `https://gist.github.com/${path}`, words: 'See the code on GitHub' }
      : undefined;
  },
};

// `{{< tweet user="a" id="1" >}}`, the older `{{< tweet 1 >}}`, or the post's address (Jekyll's plugin).
function post(p: ShortcodeParams, site: string): Embed | undefined {
  const written = p.positional[0];
  if (written && /^https:\/\/(?:(?:www\.|mobile\.)?twitter\.com|x\.com)\/\w+\/status\/\d+/.test(written)) {
    return { url: written, words: site.includes('x.com') ? 'See the post on X' : 'See the post on Twitter' };
  }
  const user = p.named['user'] ?? (p.positional.length > 1 ? p.positional[0] : undefined);
  const number = p.named['id'] ?? p.positional[p.positional.length - 1];
  if (!number || !/^\d+$/.test(number)) return undefined;
  const words = site.includes('x.com') ? 'See the post on X' : 'See the post on Twitter';
  return { url: `${site}/${user ? encodeURIComponent(user) : 'i'}/status/${number}`, words };
}

/** Whether `name` is an embed (a Hugo shortcode or a Jekyll plugin's tag) this module turns into a link. */
export const isEmbed = (name: string) => Object.hasOwn(EMBEDS, name);

/**
 * An embed as a paragraph of its own: an `Embed:` line where Broadsheet knows the provider (a poster,
 * the player only on the reader's click; Hugo's `title` becomes its caption), else a link to what it
 * showed. The note lets an editor put a still or a quote there instead.
 */
export function embedMarkdown(name: string, params: ShortcodeParams, notes: SourceNote[]): string | undefined {
  const embed = EMBEDS[name]?.(params);
  if (!embed) return undefined;
  const line = embedLine(embed.url, params.named['title']);
  notes.push({ kind: 'embed', detail: `${name} embed kept as ${line ? 'an embed of' : 'a link to'} ${embed.url}` });
  return line ?? `[${embed.words}](${embed.url})`;
}
