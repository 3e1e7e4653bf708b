/**
 * The sites a story may embed from, and how each one's address becomes a frame. Pure: the checker
 * reads an address with `readEmbed` (never touching the network), the page builds its poster and
 * its frame from the same answer, and the HTTP header's CSP allows every `frameOrigin` listed here.
 */

/** How a frame is shaped on the page: a video, a tall phone video, a post of text, a chart. */
export type EmbedShape = 'video' | 'tall' | 'post' | 'chart';

export interface EmbedProvider {
  /** The name readers see: "Watch on YouTube". */
  name: string;
  /** The verb of the poster's link: "Watch", "View". */
  verb: 'Watch' | 'View';
  /** Whether an address is this provider's: its host. */
  hosts: (host: string) => boolean;
  /** The post's or video's id in the address, or undefined when it names none. */
  id: (url: URL) => string | undefined;
  /** The frame's address for that id; undefined when it needs what only the oEmbed answer holds. */
  frame: (id: string, url: URL, oembed?: { html?: string | undefined }) => string | undefined;
  /** The origin frames come from, for `frame-src`; Mastodon's is the instance's, so it comes from the address. */
  frameOrigin: string | undefined;
  /** The provider's oEmbed endpoint (title, author, thumbnail); none for those that ask for a token. */
  oembed?: (url: URL) => string;
  shape: EmbedShape;
  /** The frame's `sandbox`: as tight as the provider's player tolerates. */
  sandbox: string;
  /** The frame's `allow` (Permissions Policy). */
  allow?: string;
}

const host =
  (...names: string[]) =>
  (h: string) =>
    names.includes(h.replace(/^(www\.|m\.|mobile\.)/, ''));
const segment = (re: RegExp) => (url: URL) => re.exec(url.pathname)?.[1];
const enc = encodeURIComponent;
const SCRIPTS = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';
const VIDEO_ALLOW = 'autoplay; encrypted-media; picture-in-picture; fullscreen';

const youtubeId = (url: URL) => {
  const id =
    url.hostname === 'youtu.be'
      ? url.pathname.slice(1)
      : url.pathname === '/watch'
        ? url.searchParams.get('v')
        : /^\/(?:shorts|embed|live)\/([^/]+)/.exec(url.pathname)?.[1];
  return id && /^[\w-]{6,20}$/.test(id) ? id : undefined;
};

/** Bluesky's frame names the author by DID; the oEmbed answer's `data-bluesky-uri` holds it. */
const blueskyFrame = (rkey: string, url: URL, oembed?: { html?: string | undefined }) => {
  const handle = /^\/profile\/([^/]+)/.exec(url.pathname)?.[1] ?? '';
  const did = handle.startsWith('did:') ? handle : /at:\/\/(did:[a-z]+:[\w.:%-]+)\//.exec(oembed?.html ?? '')?.[1];
  return did ? `https://embed.bsky.app/embed/${did}/app.bsky.feed.post/${rkey}` : undefined;
};

/** Every provider, by a short key (the poster's class names it). */
export const EMBED_PROVIDERS = {
  youtube: {
    name: 'YouTube',
    verb: 'Watch',
    hosts: host('youtube.com', 'youtu.be'),
    id: youtubeId,
    frame: (id) => `https://www.youtube-nocookie.com/embed/${id}`,
    frameOrigin: 'https://www.youtube-nocookie.com',
    oembed: (url) => `https://www.youtube.com/oembed?format=json&url=${enc(url.href)}`,
    shape: 'video',
    sandbox: `${SCRIPTS} allow-presentation`,
    allow: VIDEO_ALLOW,
  },
  vimeo: {
    name: 'Vimeo',
    verb: 'Watch',
    hosts: host('vimeo.com', 'player.vimeo.com'),
    id: segment(/^\/(?:video\/)?(\d+)(?:\/|$)/),
    frame: (id) => `https://player.vimeo.com/video/${id}?dnt=1`,
    frameOrigin: 'https://player.vimeo.com',
    oembed: (url) => `https://vimeo.com/api/oembed.json?url=${enc(url.href)}`,
    shape: 'video',
    sandbox: `${SCRIPTS} allow-presentation`,
    allow: VIDEO_ALLOW,
  },
  x: {
    name: 'X',
    verb: 'View',
    hosts: host('x.com', 'twitter.com'),
    id: segment(/^\/\w{1,15}\/status\/(\d+)(?:\/|$)/),
    frame: (id) => `https://platform.twitter.com/embed/Tweet.html?id=${id}&dnt=true`,
    frameOrigin: 'https://platform.twitter.com',
    oembed: (url) => `https://publish.twitter.com/oembed?dnt=true&omit_script=true&url=${enc(url.href)}`,
    shape: 'post',
    sandbox: SCRIPTS,
  },
  instagram: {
    name: 'Instagram',
    verb: 'View',
    hosts: host('instagram.com'),
    id: segment(/^\/(?:[\w.]+\/)?(?:p|reels?|tv)\/([\w-]+)(?:\/|$)/),
    frame: (id) => `https://www.instagram.com/p/${id}/embed`,
    frameOrigin: 'https://www.instagram.com',
    // Instagram's oEmbed asks for a Facebook app token: the poster is a drawn card.
    shape: 'post',
    sandbox: SCRIPTS,
  },
  tiktok: {
    name: 'TikTok',
    verb: 'Watch',
    hosts: host('tiktok.com'),
    id: segment(/^\/@[\w.-]+\/video\/(\d+)(?:\/|$)/),
    frame: (id) => `https://www.tiktok.com/embed/v2/${id}`,
    frameOrigin: 'https://www.tiktok.com',
    oembed: (url) => `https://www.tiktok.com/oembed?url=${enc(url.href)}`,
    shape: 'tall',
    sandbox: `${SCRIPTS} allow-presentation`,
    allow: VIDEO_ALLOW,
  },
  bluesky: {
    name: 'Bluesky',
    verb: 'View',
    hosts: host('bsky.app'),
    id: segment(/^\/profile\/[^/]+\/post\/([a-z0-9]{6,20})(?:\/|$)/),
    frame: blueskyFrame,
    frameOrigin: 'https://embed.bsky.app',
    oembed: (url) => `https://embed.bsky.app/oembed?format=json&url=${enc(url.href)}`,
    shape: 'post',
    sandbox: SCRIPTS,
  },
  datawrapper: {
    name: 'Datawrapper',
    verb: 'View',
    hosts: host('datawrapper.dwcdn.net', 'datawrapper.de'),
    id: (url) =>
      (url.hostname === 'datawrapper.dwcdn.net' ? /^\/(\w{5})(?:\/|$)/ : /^\/_\/(\w{5})(?:\/|$)/).exec(url.pathname)?.[1],
    frame: (id) => `https://datawrapper.dwcdn.net/${id}/`,
    frameOrigin: 'https://datawrapper.dwcdn.net',
    oembed: (url) => `https://api.datawrapper.de/v3/oembed/?format=json&url=${enc(url.href)}`,
    shape: 'chart',
    sandbox: 'allow-scripts allow-same-origin allow-popups',
  },
  flourish: {
    name: 'Flourish',
    verb: 'View',
    hosts: host('public.flourish.studio', 'flo.uri.sh'),
    id: segment(/^\/visualisation\/(\d+)(?:\/|$)/),
    frame: (id) => `https://flo.uri.sh/visualisation/${id}/embed`,
    frameOrigin: 'https://flo.uri.sh',
    oembed: (url) => `https://app.flourish.studio/api/v1/oembed?format=json&url=${enc(url.href)}`,
    shape: 'chart',
    sandbox: 'allow-scripts allow-same-origin allow-popups',
  },
} satisfies Record<string, EmbedProvider>;

export type ProviderKey = keyof typeof EMBED_PROVIDERS | 'mastodon' | 'iframe';
