import { readEmbed, throughOrigin, embedOrigin, type EmbedReading } from '../model/embed-address.ts';
import type { EmbedToken } from '../markdown/embed-token.ts';
import { pictureHtml } from '../photos/picture-html.ts';
import { readSource } from '../photos/photo.ts';
import { responsivePicture } from '../photos/pictures.ts';
import site from '../site.config.ts';
import { fetchEmbedInfo, type EmbedFetch } from './embed-fetch.ts';
import { posterHtml } from './embed-poster.ts';

/** One embed as its page shows it: the poster, the photo files it uses, the origin its frame loads from. */
export interface PageEmbed {
  html: string;
  files: string[];
  frameOrigin?: string | undefined;
}

const read = (token: EmbedToken) => readEmbed(token.url, site.embeds.iframeHosts);

const infos = new Map<string, Promise<EmbedFetch | undefined>>();

/** The provider's oEmbed answer for an embed, when it has an endpoint: asked, and a failure told, once per build. */
function infoOf(reading: EmbedReading): Promise<EmbedFetch | undefined> {
  if (!reading.ok || !reading.provider.oembed) return Promise.resolve(undefined);
  if (!site.embeds.fetchPosters && !embedOrigin()) return Promise.resolve(undefined);
  const endpoint = reading.provider.oembed(reading.url);
  let info = infos.get(endpoint);
  if (!info) {
    info = fetchEmbedInfo(endpoint).then((result) => {
      if (!result.ok) console.warn(`[embeds] ${reading.url.href}: ${result.detail}; the poster is a drawn card`);
      return result;
    });
    infos.set(endpoint, info);
  }
  return info;
}

/**
 * What a page's key needs of an embed, so a page copied from the last build shows what this build
 * fetched: the address, the answer (or its failure), the thumbnail's bytes, the stand-in origin.
 */
export async function embedFingerprint(token: EmbedToken): Promise<unknown> {
  const result = await infoOf(read(token));
  const info = result?.ok ? result.info : undefined;
  const thumb = info?.thumbnail
    ? await readSource(info.thumbnail).then(
        (s) => s.digest,
        () => 'unreadable',
      )
    : null;
  return [token, info?.title, info?.author, info?.html, thumb, result?.ok ?? null, embedOrigin() ?? null];
}

/** An embed's poster, and its frame's origin for the page's CSP. */
export async function embedPoster(token: EmbedToken): Promise<PageEmbed> {
  const reading = read(token);
  // The checker refuses such an address before any build: only `npm run dev` shows this.
  if (!reading.ok) return { html: `<p><a href="${encodeURI(token.url)}">${token.url}</a></p>`, files: [] };
  const result = await infoOf(reading);
  const info = result?.ok ? result.info : {};
  const frameUrl = reading.provider.frame(reading.id, reading.url, info);
  const frame = frameUrl ? throughOrigin(frameUrl) : undefined;
  const files: string[] = [];
  let picture: string | undefined;
  if (info.thumbnail) {
    try {
      const data = await responsivePicture({ path: info.thumbnail, alt: '' }, 'inline');
      files.push(...data.files);
      picture = pictureHtml(data, { alt: '', sizes: '(min-width: 45rem) 40rem, 100vw' });
    } catch (error) {
      console.warn(
        `[embeds] ${reading.url.href}: its thumbnail is no photo (${(error as Error).message}); the poster is a drawn card`,
      );
    }
  }
  const html = posterHtml({
    key: reading.key,
    provider: reading.provider,
    url: reading.url.href,
    frame,
    title: info.title,
    author: info.author,
    caption: token.caption,
    picture,
  });
  return { html, files, frameOrigin: frame ? new URL(frame).origin : undefined };
}
