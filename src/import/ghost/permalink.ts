import { zoneOffsetMs } from '../../model/zone-offset.ts';
import { segment } from './site-url.ts';

/** What a permalink pattern may name of a post. */
export interface PermalinkParts {
  slug: string;
  id: string;
  /** ISO 8601 publication date; undated posts get the default `/:slug/`. */
  published: string | undefined;
  primaryTag: string | undefined;
  primaryAuthor: string | undefined;
}

const DEFAULT = '/:slug/';

function zoneOk(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * The path Ghost published a post at. Ghost 2+ keeps custom routes in `routes.yaml`, outside the
 * export, so its permalink here is `/:slug/`; Ghost 0.x and 1.x exports carry a `permalinks` setting
 * (`/:year/:month/:day/:slug/`), whose dates Ghost wrote in the site's zone (`active_timezone`).
 */
export function permalinkPath(parts: PermalinkParts, settings: ReadonlyMap<string, string>): string {
  const pattern = settings.get('permalinks') ?? DEFAULT;
  if (pattern === DEFAULT || !parts.published) return `/${segment(parts.slug)}/`;
  const zone = settings.get('active_timezone') ?? settings.get('timezone') ?? 'Etc/UTC';
  const utc = Date.parse(parts.published);
  const local = new Date(utc + (zoneOk(zone) ? zoneOffsetMs(utc, zone) : 0));
  const values: Record<string, string | undefined> = {
    slug: parts.slug,
    id: parts.id,
    year: String(local.getUTCFullYear()),
    month: String(local.getUTCMonth() + 1).padStart(2, '0'),
    day: String(local.getUTCDate()).padStart(2, '0'),
    primary_tag: parts.primaryTag ?? 'all',
    author: parts.primaryAuthor,
    primary_author: parts.primaryAuthor,
  };
  const path = pattern.replace(/:([a-z_]+)/g, (token, name: string) => {
    const value = values[name];
    return value === undefined ? token : segment(value);
  });
  return path.startsWith('/') ? path : `/${path}`;
}
