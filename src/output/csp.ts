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

export function contentSecurityPolicy({ header = false } = {}): string {
  return [...DIRECTIVES, ...(header ? HEADER_ONLY : [])].map(([name, value]) => `${name} ${value}`).join('; ');
}
