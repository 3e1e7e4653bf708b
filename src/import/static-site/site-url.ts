/**
 * Addresses on the old site: its base URL (`https://old.example/blog/`) splits into an origin and a
 * base path (`/blog`) that every page address, alias and photo path starts with.
 */

/** The path part of a base URL without its trailing slash: `/blog`, or `''` at the root. */
export function basePath(baseUrl: string | undefined): string {
  if (!baseUrl) return '';
  const path = /^[a-z][a-z0-9+.-]*:\/\/[^/]*(\/.*)?$/i.exec(baseUrl)?.[1] ?? (baseUrl.startsWith('/') ? baseUrl : '');
  return path.replace(/[?#].*$/, '').replace(/\/+$/, '');
}

/** A base URL as the site's public address, without its trailing slash; undefined when it is not an http(s) URL. */
export function siteAddress(baseUrl: string | undefined): string | undefined {
  return baseUrl && /^https?:\/\/[^/]+/i.test(baseUrl) ? baseUrl.replace(/\/+$/, '') : undefined;
}

/**
 * The addresses a site usually also answered on: the other scheme, with and without `www.`. Links
 * to them are links to the site.
 */
export function otherAddresses(address: string | undefined): string[] {
  const m = /^https?:\/\/(?:www\.)?([^/]+)(.*)$/i.exec(address ?? '');
  if (!m) return [];
  const variants = ['http://', 'https://'].flatMap((scheme) => [`${scheme}${m[1]}${m[2]}`, `${scheme}www.${m[1]}${m[2]}`]);
  return variants.filter((v) => v !== address);
}

/** Joins address parts with single slashes, keeping a leading slash: `('/blog', 'posts/', '/a/')` → `/blog/posts/a/`. */
export function joinPath(...parts: string[]): string {
  const joined = parts
    .filter(Boolean)
    .join('/')
    .replace(/\/{2,}/g, '/');
  return joined.startsWith('/') ? joined : `/${joined}`;
}

/** `path` with `.` and `..` segments resolved, as a browser resolves them. */
export function resolvePath(from: string, path: string): string {
  const url = new URL(path, `http://x${from.startsWith('/') ? from : `/${from}`}`);
  return url.pathname + url.hash;
}

/** A path percent-encoded as browsers request it, leaving what is already encoded alone. */
export function encodePath(path: string): string {
  return path.replace(/[^A-Za-z0-9\-._~!$&'()*+,;=:@/%#]+/g, (run) => encodeURIComponent(run));
}

/**
 * The path of a URL on this site, with the base path still on: `https://old.example/blog/a.jpg` and
 * `/blog/a.jpg` give `/blog/a.jpg`. Undefined for other sites, `data:` and relative references.
 */
export function pathOnSite(url: string, siteUrls: readonly string[]): string | undefined {
  const bare = url.trim().replace(/[?#].*$/, '');
  if (bare.startsWith('/') && !bare.startsWith('//')) return bare;
  const withScheme = bare.startsWith('//') ? `https:${bare}` : bare;
  if (!/^https?:\/\//i.test(withScheme)) return undefined;
  const host = (u: string) =>
    /^https?:\/\/([^/]+)/i
      .exec(u)?.[1]
      ?.toLowerCase()
      .replace(/^www\./, '');
  if (!siteUrls.some((site) => host(site) === host(withScheme))) return undefined;
  return /^https?:\/\/[^/]+(\/.*)?$/i.exec(withScheme)?.[1] ?? '/';
}

/** `path` without the site's base path in front, when it has it. */
export function withoutBase(path: string, base: string): string {
  return base && (path === base || path.startsWith(`${base}/`)) ? path.slice(base.length) || '/' : path;
}
