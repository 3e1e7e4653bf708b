/**
 * Old addresses, a story's `redirectFrom`: where the paper's earlier sites answered. Imports bring
 * three shapes besides Broadsheet's own folders (`/politics/old-id/`): files (`/2019/04/02/ferry.html`,
 * `/index.php/2019/04/hallam/` is a folder under one), paths in any script (`/2024/05/café-reopens/`,
 * also written `/2024/05/caf%C3%A9-reopens/`), and WordPress's short links (`/?p=123`).
 *
 * One canonical text per address, so that two spellings of it are one claim: percent-escapes
 * decoded, Unicode in NFC, a folder with its trailing slash, a file without, a query as written.
 * Case is kept as written; the checker compares without it, as the hosts' file systems often do.
 */

/** Endings that make the last segment a file, answered at that exact name: the server-side pages of old sites. */
export const FILE_EXTENSIONS = ['html', 'htm', 'shtml', 'xhtml', 'php', 'asp', 'aspx', 'cfm', 'jsp', 'cgi'] as const;

const FILE = new RegExp(`\\.(?:${FILE_EXTENSIONS.join('|')})$`, 'i');
// Letters, digits and marks of any script, and the URL's unreserved punctuation: every static host
// serves such a segment as a folder or file name, and none of it means anything to a shell or nginx.
const SEGMENT = /^[\p{L}\p{M}\p{N}._~-]+$/u;
// WordPress's `p`, `page_id`, `cat`…: one name and one plain value, compared as written.
const QUERY = /^([A-Za-z][A-Za-z0-9_.-]*)=([A-Za-z0-9._~-]+)$/;

/** What the schema tells an editor, and the JSON Schema's loose pattern, which the checker tightens. */
export const OLD_ADDRESS_RULE =
  'write the old address as a path on this site such as /politics/old-id/, /2019/04/story.html or /?p=123 (no domain, spaces or #)';
export const OLD_ADDRESS_PATTERN = /^\/(?!\/)[^\s#]*$/;

/** An old address in its parts. */
export interface OldAddress {
  /** Decoded, e.g. `/2024/05/café-reopens/`: a folder ends with `/`, a file does not. */
  path: string;
  /** `folder`: written as `<path>index.html`; `file`: as that exact file; `query`: no file can answer it. */
  kind: 'folder' | 'file' | 'query';
  /** The one `name=value` of a query address such as `/?p=123`. */
  query?: string;
}

/** The canonical text of an old address as an editor or an import wrote it, or why there is none. */
export function normalizeOldAddress(text: string): { value: string } | { error: string } {
  if (!OLD_ADDRESS_PATTERN.test(text)) return { error: OLD_ADDRESS_RULE };
  const mark = text.indexOf('?');
  const written = mark < 0 ? text : text.slice(0, mark);
  let path: string;
  try {
    path = decodeURIComponent(written).normalize('NFC');
  } catch {
    return { error: 'the %-escapes in the old address do not spell UTF-8 text: copy the address again from the old site' };
  }
  const segments = path.split('/').slice(1);
  if (segments.at(-1) === '') segments.pop();
  if (!segments.every((s) => SEGMENT.test(s) && s !== '.' && s !== '..')) return { error: OLD_ADDRESS_RULE };
  if (mark >= 0) {
    const query = readQuery(text.slice(mark + 1));
    return query === undefined
      ? { error: 'an old address takes one query parameter, written name=value, such as /?p=123' }
      : { value: `${path}?${query}` };
  }
  if (!segments.length) return { error: `${OLD_ADDRESS_RULE}; the front page is not an old address` };
  return { value: FILE.test(path) || path.endsWith('/') ? path : `${path}/` };
}

function readQuery(text: string): string | undefined {
  let query: string;
  try {
    query = decodeURIComponent(text);
  } catch {
    return undefined;
  }
  return QUERY.test(query) ? query : undefined;
}

// Added by newsletters and social sites on the way to the old site; never part of an address.
const TRACKING = /^(?:utm_\w+|fbclid|gclid|mc_cid|mc_eid)$/i;

/**
 * The old address of a URL as an old site or its export printed it, for `redirectFrom`: a site path
 * (`/2019/04/ferry/`) or a full URL on one of the old site's `hosts` (`http://www.hallam.example/?p=123`;
 * the scheme and a leading `www.` do not matter). Tracking parameters are dropped; one other query
 * parameter is kept (a short link), more are refused, as is a URL on another host.
 */
export function oldAddressOfUrl(url: string, hosts: readonly string[]): { value: string } | { error: string } {
  let parsed: URL;
  try {
    parsed = new URL(url, 'http://old-site.invalid');
  } catch {
    return { error: `"${url}" is not a URL` };
  }
  const host = (h: string) => h.toLowerCase().replace(/^www\./, '');
  const absolute = /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//');
  if (absolute && !hosts.some((h) => host(h) === host(parsed.host))) return { error: `"${url}" is on another site` };
  const params = [...parsed.searchParams.keys()].filter((k) => !TRACKING.test(k));
  if (params.length > 1) return { error: 'an old address takes one query parameter, written name=value, such as /?p=123' };
  const query = params.length ? `?${params[0]}=${parsed.searchParams.get(params[0]!) ?? ''}` : '';
  return normalizeOldAddress(`${parsed.pathname}${query}`);
}

/** The parts of a canonical old address (a `redirectFrom` value as the schema stores it). */
export function readOldAddress(value: string): OldAddress {
  const mark = value.indexOf('?');
  if (mark >= 0) return { path: value.slice(0, mark), kind: 'query', query: value.slice(mark + 1) };
  return { path: value, kind: value.endsWith('/') ? 'folder' : 'file' };
}

/** The file a build writes for the address, as a site path (`/old/index.html`, `/old.html`); none for a query. */
export function oldAddressFile(address: OldAddress): string | undefined {
  if (address.kind === 'query') return undefined;
  return address.kind === 'folder' ? `${address.path}index.html` : address.path;
}

/**
 * The address as a browser sends it, non-ASCII characters percent-encoded in UTF-8
 * (`/2024/05/caf%C3%A9-reopens/`): what `_redirects` must name, and what a link's URL holds.
 */
export function encodedOldAddress(address: OldAddress): string {
  const path = encodeURI(address.path);
  return address.query === undefined ? path : `${path}?${address.query}`;
}
