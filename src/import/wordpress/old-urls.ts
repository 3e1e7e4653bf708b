import type { WxrRecord } from './wxr-stream.ts';
import { decodeSlug } from './text.ts';

/**
 * Every address a WordPress post answered on, so none of the links to it breaks: its permalink,
 * the `?p=` form WordPress always redirects (`?page_id=` for a page), the guid when it is an
 * address on this site, and the permalink under each slug it had before (`_wp_old_slug`, which
 * WordPress itself redirects). Kept as found, absolute or not: the importer normalises them.
 */
export function oldUrls(item: WxrRecord, baseUrl: string | undefined): string[] {
  const urls = new Set<string>();
  const link = item.fields.get('link')?.trim();
  const id = item.fields.get('wp:post_id')?.trim();
  const page = item.fields.get('wp:post_type')?.trim() === 'page';
  if (link) urls.add(link);
  if (id) urls.add(page ? `/?page_id=${id}` : `/?p=${id}`);
  const guid = item.fields.get('guid')?.trim();
  // The guid of a post is usually its `?p=` address written out in full: no need to say it twice.
  if (guid && sameSite(guid, baseUrl ?? link) && !urls.has(pathOf(guid))) urls.add(guid);
  const slug = item.fields.get('wp:post_name')?.trim() ?? '';
  for (const [key, value] of item.meta) {
    const old = value.trim();
    if (key !== '_wp_old_slug' || !old || !link) continue;
    const moved = withSlug(link, slug, old);
    if (moved) urls.add(moved);
  }
  return [...urls];
}

const hostOf = (url: string) => {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return undefined;
  }
};

const pathOf = (url: string) => {
  const u = new URL(url);
  return `${u.pathname}${u.search}`;
};

function sameSite(url: string, site: string | undefined): boolean {
  const host = hostOf(url);
  return host !== undefined && site !== undefined && host === hostOf(site);
}

/**
 * `permalink` with the segment that is the post's slug replaced by `old`; when the slug is not in
 * it (a plain `?p=` permalink keeps none), the last segment, if it has one.
 */
export function withSlug(permalink: string, slug: string, old: string): string | undefined {
  const absolute = /^[a-z][a-z0-9+.-]*:\/\//i.test(permalink);
  if (!URL.canParse(permalink, 'http://relative.invalid')) return undefined;
  const url = new URL(permalink, 'http://relative.invalid');
  const segments = url.pathname.split('/');
  let at = segments.findLastIndex((s) => s !== '' && decodeSlug(s) === decodeSlug(slug));
  if (at < 0) at = segments.findLastIndex((s) => s !== '');
  if (at < 0) return undefined;
  segments[at] = old;
  url.pathname = segments.join('/');
  return absolute ? url.href : `${url.pathname}${url.search}`;
}
