import { firstConfig } from './config-file.ts';
import { list, lowerKeys, table, text, type Fields } from './fields.ts';
import { isZone } from './hugo-config.ts';
import { basePath, siteAddress } from './site-url.ts';

/** What the importer needs from a Jekyll site's `_config.yml`. */
export interface JekyllConfig {
  /** `url`, the site's public address, when it is an http(s) address. */
  url?: string | undefined;
  /** `baseurl` as a path (`/blog`), `''` at the root. */
  baseurl: string;
  /** The permalink template posts get, a named style already expanded. */
  postPermalink: string;
  /** Whether the site's style is `pretty` (pages then end in `/`, not `.html`). */
  pretty: boolean;
  timeZone?: string | undefined;
  /** Collections' permalink templates by name (`docs` → `/:collection/:path/`). */
  collections: Record<string, string | undefined>;
  /** `defaults:` entries, for the posts their scope covers. */
  defaults: { path: string; type?: string | undefined; values: Fields }[];
  /** Every setting, for `{{ site.name }}` and the like. */
  settings: Fields;
}

/** Jekyll's named permalink styles (Jekyll 4). */
const STYLES: Record<string, string> = {
  date: '/:categories/:year/:month/:day/:title:output_ext',
  pretty: '/:categories/:year/:month/:day/:title/',
  ordinal: '/:categories/:year/:y_day/:title:output_ext',
  weekdate: '/:categories/:year/W:week/:short_day/:title:output_ext',
  none: '/:categories/:title:output_ext',
};

/** A permalink setting as a template: a style name expanded, a template as written. */
export const permalinkTemplate = (value: string | undefined) => STYLES[value ?? 'date'] ?? value ?? STYLES['date']!;

/** Reads `_config.yml` (or `_config.yaml`, `_config.toml`); a site without one gets Jekyll's defaults. */
export function readJekyllConfig(folder: string): JekyllConfig {
  const { fields } = firstConfig(folder, ['_config.yml', '_config.yaml', '_config.toml']);
  const url = siteAddress(text(fields['url']));
  const collections: Record<string, string | undefined> = {};
  const declared = fields['collections'];
  for (const name of Array.isArray(declared) ? list(declared) : Object.keys(table(declared) ?? {})) {
    collections[name] = text(table(table(declared)?.[name])?.['permalink']);
  }
  const global = text(fields['permalink']);
  const zone = text(fields['timezone']);
  return {
    url,
    baseurl: basePath(text(fields['baseurl']) ?? ''),
    // A collection's own setting wins for its documents; posts are a collection too.
    postPermalink: permalinkTemplate(collections['posts'] ?? global),
    pretty: global === 'pretty',
    timeZone: zone && isZone(zone) ? zone : undefined,
    collections,
    defaults: defaultsOf(fields['defaults']),
    settings: fields,
  };
}

function defaultsOf(value: unknown): JekyllConfig['defaults'] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry) => {
    const scope = table(table(entry)?.['scope']) ?? {};
    const values = table(table(entry)?.['values']);
    return values
      ? [{ path: (text(scope['path']) ?? '').replace(/^\/+|\/+$/g, ''), type: text(scope['type']), values: lowerKeys(values) }]
      : [];
  });
}

/**
 * Front matter defaults for a post at `path` (relative to the site), only the fields that place or
 * credit it. A site-wide default `image` is the card social sites show, not a story's lead photo.
 */
export function postDefaults(config: JekyllConfig, path: string, type: 'posts' | 'drafts'): Fields {
  const out: Fields = {};
  for (const entry of config.defaults) {
    if (entry.type && entry.type !== type) continue;
    if (entry.path && path !== entry.path && !path.startsWith(`${entry.path}/`)) continue;
    for (const key of ['author', 'authors', 'categories', 'category', 'tags', 'tag', 'permalink', 'published']) {
      if (entry.values[key] !== undefined) out[key] = entry.values[key];
    }
  }
  return out;
}
