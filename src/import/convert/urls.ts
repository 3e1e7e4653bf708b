import { isUnsafeUrl, looksLikeBareDomain, parseLinkUrl } from '../../markdown/link-url.ts';

/** Only to tell whether a URL parses at all, as the checker does (body-markup.ts). */
const ANY_PAGE = 'https://example.invalid/section/story/';

// Browsers drop these before reading an address; a body must not carry them (the checker refuses control characters).
const strip = (url: string) => url.replace(/[\p{Cc}]/gu, '').trim();

/** A link's address as the checker will accept it, or why it cannot be kept. */
export function cleanLink(raw: string | null): { url: string } | { dropped: string } {
  let url = strip(raw ?? '');
  if (!url) return { dropped: 'empty' };
  if (url.startsWith('//')) url = `https:${url}`;
  if (isUnsafeUrl(url)) return { dropped: 'not a web address' };
  if (looksLikeBareDomain(url)) url = `https://${url}`;
  if (!parseLinkUrl(url, ANY_PAGE)) return { dropped: 'not a valid address' };
  return { url };
}

/** Whether the address is a photo file (a link to a larger size of a photo), not a page. */
export const isPhotoFile = (url: string) => /\.(?:jpe?g|png|gif|webp|avif|bmp|tiff?|heic)(?:[?#].*)?$/i.test(url);

// Lazy loading puts the real address in a data attribute and a placeholder in `src`.
const LAZY = ['data-lazy-src', 'data-src', 'data-original', 'data-orig-file'];

/** The largest candidate of a `srcset`. */
function largest(srcset: string): string | undefined {
  const candidates = srcset
    .split(/,\s+/)
    .map((c) => c.trim().split(/\s+/))
    .map(([url = '', size = '1x']) => ({ url, size: Number.parseFloat(size) || 1 }));
  return candidates.sort((a, b) => b.size - a.size)[0]?.url;
}

const usable = (raw: string | null | undefined) => {
  const url = strip(raw ?? '');
  return url && !isUnsafeUrl(url) ? url : undefined;
};

/** The address a source `<img>` shows (a lazy-loaded one's real address), or undefined when it has none. */
export function imageSource(img: Element): string | undefined {
  const src =
    LAZY.map((a) => usable(img.getAttribute(a))).find(Boolean) ??
    usable(img.getAttribute('src')) ??
    usable(largest(img.getAttribute('srcset') ?? ''));
  return src?.startsWith('//') ? `https:${src}` : src;
}
