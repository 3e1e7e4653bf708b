/** Only these schemes may appear in a story's links; anything else is code, data or a local file. */
const SAFE_SCHEME = /^(?:https?|mailto|tel):/i;

// Browsers drop tabs, newlines and leading control characters before reading a scheme, so do the same.
const scheme = (url: string) => url.replace(/[\p{Cc}\s]/gu, '').match(/^[a-z][a-z0-9+.-]*:/i)?.[0];

/** A URL a browser would run or read locally (`javascript:`, `data:`, `file:` …). */
export const isUnsafeUrl = (url: string) => {
  const s = scheme(url);
  return s !== undefined && !SAFE_SCHEME.test(s);
};

/**
 * The link as a browser reads it on the page at `base`, or undefined when no URL parser accepts it
 * (`http://%20http//…`, `http://file:http://…`): the checker refuses those, and the renderer, which
 * only sees links the checker passed, still must not throw on one.
 */
export function parseLinkUrl(url: string, base: string): URL | undefined {
  try {
    return new URL(url.trim(), base);
  } catch {
    return undefined;
  }
}

/** A relative link that is really a web address without its `https://`, e.g. `www.agency.gov/open`. */
export const looksLikeBareDomain = (url: string) => /^www\d?\.[^\s/]+\.[a-z]{2,}(?:[/?#:]|$)/i.test(url);
