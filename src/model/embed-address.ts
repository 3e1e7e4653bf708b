import { EMBED_PROVIDERS, type EmbedProvider, type ProviderKey } from './embed-providers.ts';

/** What an embed's address names: a provider and a post or video, or why it names none. */
export type EmbedReading =
  | { ok: true; key: ProviderKey; provider: EmbedProvider; id: string; url: URL }
  | { ok: false; reason: 'unparseable' | 'not-https' | 'no-id'; provider?: string }
  | { ok: false; reason: 'unknown-host'; host: string };

/** A Mastodon post, on any instance: `/@user/<numeric id>`. */
const MASTODON = /^\/@(\w+(?:@[\w.-]+)?)\/(\d{6,20})\/?$/;

function mastodon(url: URL, frames: boolean): EmbedProvider {
  const origin = url.origin;
  return {
    name: 'Mastodon',
    verb: 'View',
    hosts: (h) => h === url.hostname,
    id: (u) => MASTODON.exec(u.pathname)?.[2],
    // The instance's frame can load only where the header's CSP allows it: the site config lists it.
    frame: (id) => (frames ? `${origin}/@${MASTODON.exec(url.pathname)?.[1]}/${id}/embed` : undefined),
    frameOrigin: frames ? origin : undefined,
    oembed: (u) => `${origin}/api/oembed?url=${encodeURIComponent(u.href)}`,
    shape: 'post',
    sandbox: 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox',
  };
}

/** A page of a host the site config allows (`embeds.iframeHosts`), framed as it is. */
const iframe = (url: URL): EmbedProvider => ({
  name: url.hostname,
  verb: 'View',
  hosts: (h) => h === url.hostname,
  id: (u) => u.pathname + u.search,
  frame: () => url.href,
  frameOrigin: url.origin,
  shape: 'video',
  sandbox: 'allow-scripts allow-same-origin allow-popups',
});

/**
 * Reads an embed's address. `iframeHosts` are the hosts the site config allows to be framed as
 * they are (a Mastodon instance among them also gets its posts' frames).
 */
export function readEmbed(address: string, iframeHosts: readonly string[] = []): EmbedReading {
  let url: URL;
  try {
    url = new URL(address.trim());
  } catch {
    return { ok: false, reason: 'unparseable' };
  }
  if (url.protocol !== 'https:') return { ok: false, reason: 'not-https' };
  const host = url.hostname.toLowerCase();
  for (const [key, provider] of Object.entries(EMBED_PROVIDERS) as [ProviderKey, EmbedProvider][]) {
    if (!provider.hosts(host)) continue;
    const id = provider.id(url);
    return id ? { ok: true, key, provider, id, url } : { ok: false, reason: 'no-id', provider: provider.name };
  }
  const allowed = iframeHosts.includes(host);
  const toot = MASTODON.exec(url.pathname);
  if (toot) return { ok: true, key: 'mastodon', provider: mastodon(url, allowed), id: toot[2]!, url };
  if (allowed) return { ok: true, key: 'iframe', provider: iframe(url), id: url.pathname, url };
  return { ok: false, reason: 'unknown-host', host };
}

/** The names of the providers, for the checker's hint. */
export const PROVIDER_NAMES = [...Object.values(EMBED_PROVIDERS).map((p) => p.name), 'Mastodon'];

/** Every fixed frame origin, for the header's `frame-src`. */
export const FRAME_ORIGINS: readonly string[] = Object.values(EMBED_PROVIDERS).map((p) => p.frameOrigin);

/**
 * Tests and offline builds send every provider request to a local stand-in: with
 * `BROADSHEET_EMBED_ORIGIN=http://127.0.0.1:8123`, `https://www.youtube.com/oembed?…` is asked of
 * `http://127.0.0.1:8123/www.youtube.com/oembed?…` (the host kept as the first path segment), for
 * oEmbed, thumbnails and frames alike.
 */
export const embedOrigin = (): string | undefined => process.env.BROADSHEET_EMBED_ORIGIN?.replace(/\/+$/, '') || undefined;

/** `address` as asked of the stand-in, when there is one. */
export function throughOrigin(address: string, origin = embedOrigin()): string {
  if (!origin || !/^https:\/\//i.test(address)) return address;
  return `${origin}/${address.slice('https://'.length)}`;
}

/** A caption as `::embed[…]`'s label: one line, brackets turned round (one would end the label early). */
export const embedCaption = (text: string) => text.replace(/\s+/g, ' ').replace(/\[/g, '(').replace(/\]/g, ')').trim();
