import { FRAME_ORIGINS } from '../model/embed-address.ts';
import site from '../site.config.ts';

/**
 * The site's Content-Security-Policy, in one place for the `<meta>` tag every page carries and the
 * header hosts send (headers.ts writes it into `public/_headers` and the nginx config).
 *
 * - No `'unsafe-inline'` anywhere: pages have no inline scripts, styles or event handlers, so text
 *   that slipped past escaping still could not run. JSON-LD blocks are data, not scripts: CSP
 *   never applies to them.
 * - `'wasm-unsafe-eval'` lets the search page's Pagefind compile its WebAssembly index reader;
 *   it does not allow `eval` of JavaScript.
 */
const DIRECTIVES: [string, string][] = [
  ['default-src', "'self'"],
  ['script-src', "'self' 'wasm-unsafe-eval'"],
  ['style-src', "'self'"],
  ['img-src', "'self'"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
];

/** Only an HTTP header can forbid framing; browsers ignore (and warn about) it in a `<meta>` tag. */
const HEADER_ONLY: [string, string][] = [['frame-ancestors', "'none'"]];

/** Every origin an embed may frame anywhere on the site: the providers' and the config's allowed hosts. */
export const siteFrameOrigins = (): string[] => [...FRAME_ORIGINS, ...site.embeds.iframeHosts.map((h) => `https://${h}`)];

/**
 * The header's policy allows every embed's frame origin (a `<meta>` policy can only narrow what the
 * header allows, never widen it); a page's `<meta>` allows `frames`, the origins that page embeds,
 * and a page without embeds none beyond `default-src`. Both apply: a frame loads only on a page
 * that embeds it.
 */
export function contentSecurityPolicy({ header = false, frames = [] as readonly string[] } = {}): string {
  const frameSrc: [string, string][] = header
    ? [['frame-src', siteFrameOrigins().join(' ')]]
    : frames.length
      ? [['frame-src', frames.join(' ')]]
      : [];
  return [...DIRECTIVES, ...frameSrc, ...(header ? HEADER_ONLY : [])].map(([name, value]) => `${name} ${value}`).join('; ');
}
