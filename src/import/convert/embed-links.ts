/** What an embedded player or post is, once it is a link: the page it shows and words for the link. */
export interface EmbedLink {
  url: string;
  text: string;
  /** What it was, for the report: `YouTube video`. */
  what: string;
}

interface Provider {
  host: RegExp;
  /** Only addresses under this path (Google serves maps, documents and forms from its domains). */
  path?: RegExp;
  what: string;
  text: string;
  /** The page behind the player's address, when the two differ. */
  page?: (u: URL) => string | undefined;
}

const param = (u: URL, name: string) => u.searchParams.get(name) ?? undefined;

const PROVIDERS: Provider[] = [
  {
    host: /(?:^|\.)youtube(?:-nocookie)?\.com$/,
    what: 'YouTube video',
    text: 'Watch on YouTube',
    page: (u) => {
      const list = param(u, 'list');
      if (u.pathname === '/embed/videoseries' && list) return `https://www.youtube.com/playlist?list=${encodeURIComponent(list)}`;
      const id = /^\/(?:embed|v)\/([\w-]+)/.exec(u.pathname)?.[1];
      const start = param(u, 'start') ?? param(u, 't');
      return id && `https://www.youtube.com/watch?v=${id}${start && /^\d+$/.test(start) ? `&t=${start}` : ''}`;
    },
  },
  { host: /(?:^|\.)youtu\.be$/, what: 'YouTube video', text: 'Watch on YouTube' },
  {
    host: /(?:^|\.)vimeo\.com$/,
    what: 'Vimeo video',
    text: 'Watch on Vimeo',
    page: (u) => /^\/video\/(\d+)/.exec(u.pathname)?.[1]?.replace(/^/, 'https://vimeo.com/'),
  },
  {
    host: /(?:^|\.)dailymotion\.com$/,
    what: 'Dailymotion video',
    text: 'Watch on Dailymotion',
    page: (u) => /^\/embed\/video\/(\w+)/.exec(u.pathname)?.[1]?.replace(/^/, 'https://www.dailymotion.com/video/'),
  },
  {
    host: /(?:^|\.)spotify\.com$/,
    what: 'Spotify player',
    text: 'Listen on Spotify',
    page: (u) => (u.pathname.startsWith('/embed/') ? `https://open.spotify.com/${u.pathname.slice(7)}` : undefined),
  },
  {
    host: /(?:^|\.)soundcloud\.com$/,
    what: 'SoundCloud player',
    text: 'Listen on SoundCloud',
    page: (u) => param(u, 'url'),
  },
  { host: /(?:^|\.)google\.[a-z.]+$/, path: /^\/maps\b/, what: 'Google map', text: 'See the map' },
  { host: /(?:^|\.)(?:twitter|x)\.com$/, what: 'post on X (Twitter)', text: 'See the post on X' },
  { host: /(?:^|\.)instagram\.com$/, what: 'Instagram post', text: 'See the post on Instagram' },
  { host: /(?:^|\.)tiktok\.com$/, what: 'TikTok video', text: 'Watch on TikTok' },
  { host: /(?:^|\.)facebook\.com$/, what: 'Facebook post', text: 'See the post on Facebook' },
];

// Titles players give themselves say nothing a reader needs.
const GENERIC_TITLE = /^(?:youtube|vimeo|spotify|soundcloud)?\s*(?:video|embed|audio)?\s*(?:player|embed|video)?$/i;

/**
 * The page an embedded player's address stands for (a YouTube embed's watch page, a Vimeo
 * player's video page) and words for a link to it, or undefined when the address is no web page.
 */
export function embedLink(src: string, title?: string): EmbedLink | undefined {
  let u: URL;
  try {
    u = new URL(src.startsWith('//') ? `https:${src}` : src);
  } catch {
    return undefined;
  }
  if (!/^https?:$/.test(u.protocol)) return undefined;
  const provider = PROVIDERS.find((p) => p.host.test(u.hostname) && (p.path?.test(u.pathname) ?? true));
  const page = provider?.page?.(u) ?? u.href;
  const what = provider?.what ?? `embedded page from ${u.hostname}`;
  const bare = title?.replace(/^(?:youtube|vimeo|spotify|soundcloud)\s+(?:embed|player|video player)\s*:\s*/i, '').trim();
  const named = bare && !GENERIC_TITLE.test(bare) ? bare : undefined;
  const document = /\.pdf$/i.test(u.pathname) ? 'Read the document (PDF)' : undefined;
  const text = provider?.text ?? document ?? `See it on ${u.hostname.replace(/^www\./, '')}`;
  return { url: page, text: named ? `${text}: ${named}` : text, what };
}
