/**
 * Addresses of the old site, as posts and links wrote them: absolute on one of the site's hosts
 * (`https://old.example/2019/04/x/`, `http://www.old.example/?p=12`), root-relative (`/2019/04/x/`)
 * or relative to nothing we know. Everything is compared in one form, `key()`.
 */
export class SiteAddress {
  private readonly hosts: Set<string>;
  readonly base: URL | undefined;

  constructor(baseUrl: string | undefined, otherUrls: readonly string[] = []) {
    this.base = parse(baseUrl ?? '');
    this.hosts = new Set([baseUrl, ...otherUrls].flatMap((u) => (u ? [hostOf(u)] : [])).filter((h): h is string => !!h));
  }

  /** The path (and query) of an address on the old site, or undefined for another site's. */
  path(address: string): string | undefined {
    const trimmed = address.trim();
    if (trimmed.startsWith('/') && !trimmed.startsWith('//')) return withoutHash(trimmed);
    const url = parse(trimmed.startsWith('//') ? `https:${trimmed}` : trimmed);
    if (!url || !/^https?:$/.test(url.protocol) || !this.hosts.has(bare(url.hostname))) return undefined;
    // A site served under a folder (`https://example.org/blog/`) keeps its folder in old paths.
    return `${url.pathname}${url.search}`;
  }

  /** Absolute address on the old site, for links to pages the import does not bring. */
  absolute(path: string): string | undefined {
    return this.base ? new URL(path, this.base).href : undefined;
  }
}

/** One form for comparing paths: decoded, NFC, lower case, no trailing slash or index file, one sorted query. */
export function key(path: string): string {
  const [rawPath = '', query = ''] = path.split('?', 2);
  const clean = safeDecode(rawPath)
    .normalize('NFC')
    .toLowerCase()
    .replace(/\/index\.(?:html?|php)$/, '/')
    .replace(/\/+$/, '');
  const params = new URLSearchParams(query);
  params.sort();
  const q = params.toString();
  return `${clean || '/'}${q ? `?${q}` : ''}`;
}

const parse = (text: string): URL | undefined => {
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
};
const bare = (host: string) => host.toLowerCase().replace(/^www\./, '');
const hostOf = (url: string) => {
  const parsed = parse(url);
  return parsed ? bare(parsed.hostname) : undefined;
};
const withoutHash = (path: string) => path.split('#')[0]!;

/** `%`-escapes decoded; a malformed escape kept as written. */
export function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
