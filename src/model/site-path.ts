/**
 * A link an editor means as "a page on this site" must stay on it. `new URL` reads `//host/x` and
 * `/\host/x` (browsers treat `\` as `/`) as another site, and drops tabs and newlines anywhere, so
 * a path that starts with `/` is not enough: it must resolve against the site to the site's origin,
 * with no backslash or control character the browser would read differently.
 */
const PROBE = 'https://site.invalid';

/** Whether `href` is a path on this site, e.g. `/politics/`, that no browser reads as another site. */
export function isSitePath(href: string): boolean {
  if (!href.startsWith('/') || href.startsWith('//') || /[\\\p{Cc}\s]/u.test(href)) return false;
  try {
    return new URL(href, PROBE).origin === PROBE;
  } catch {
    return false;
  }
}

/** Whether `href` is a whole http(s) address with a host, e.g. `https://agency.example/report`. */
export function isWebAddress(href: string): boolean {
  if (!/^https?:\/\/[^/\\]/i.test(href) || /[\\\p{Cc}\s]/u.test(href)) return false;
  return URL.canParse(href);
}

/** `href` as given when it is one of the two, else undefined: what a renderer may put in an `href`. */
export const linkableHref = (href: string): string | undefined => (isSitePath(href) || isWebAddress(href) ? href : undefined);
