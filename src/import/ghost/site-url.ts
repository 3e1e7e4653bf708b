/**
 * The site's address and Ghost's `__GHOST_URL__` placeholder. Ghost 4+ writes every link to its own
 * site as `__GHOST_URL__/path`, so an export can move between domains; the reader puts the site's
 * address back, or leaves the root-relative path when the address is unknown.
 */

const PLACEHOLDER = /__GHOST_URL__(\/?)/g;

/**
 * The site's address from the importer's option, else from a `url` setting (Ghost keeps it in its
 * config file, not the export, but hand-made and some hosted exports carry it), without a trailing
 * slash and with its subdirectory if any: `https://news.example/blog`.
 */
export function siteAddress(option: string | undefined, settings: ReadonlyMap<string, string>): string | undefined {
  for (const candidate of [option, settings.get('url'), settings.get('site_url')]) {
    if (!candidate) continue;
    try {
      const url = new URL(candidate);
      if (url.protocol === 'https:' || url.protocol === 'http:') return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
    } catch {
      // not an address: try the next one
    }
  }
  return undefined;
}

/** The same site on its other scheme: links written to either are internal. */
export function otherAddresses(base: string | undefined): string[] {
  if (!base) return [];
  return [base.startsWith('https:') ? base.replace(/^https:/, 'http:') : base.replace(/^http:/, 'https:')];
}

/** `text` with every `__GHOST_URL__` replaced by the site's address, or by `/` for a root-relative path. */
export function resolvePlaceholders(text: string, base: string | undefined): string {
  if (!text.includes('__GHOST_URL__')) return text;
  return text.replace(PLACEHOLDER, (_, slash: string) => (base ? base + slash : '/'));
}

/** A path on the site (`/tag/x/`), absolute when the site's address is known. */
export function siteUrl(base: string | undefined, path: string): string {
  return base ? base + path : path;
}

/** A slug as one path segment, percent-encoded as browsers request it (`café` → `caf%C3%A9`). */
export const segment = (slug: string) => encodeURIComponent(slug);

/**
 * The path on the site that `url` names, without the site's subdirectory: a root-relative URL, or an
 * absolute one on the site's host (with or without `www.`, on either scheme); else undefined.
 */
export function sitePathOf(url: string, base: string | undefined): string | undefined {
  let path: string;
  if (url.startsWith('/') && !url.startsWith('//')) path = url.split(/[?#]/)[0] ?? url;
  else if (!base) return undefined;
  else {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return undefined;
    }
    const host = (h: string) => h.replace(/^www\./, '');
    if (host(parsed.hostname) !== host(new URL(base).hostname)) return undefined;
    path = parsed.pathname;
  }
  const prefix = base ? new URL(base).pathname.replace(/\/+$/, '') : '';
  return prefix && path.startsWith(`${prefix}/`) ? path.slice(prefix.length) : path;
}
