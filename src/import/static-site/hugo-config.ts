import { join } from 'node:path';
import { configFolder, firstConfig } from './config-file.ts';
import { flag, list, lowerKeys, table, text, type Fields } from './fields.ts';
import { basePath, siteAddress } from './site-url.ts';

/** What the importer needs from a Hugo site's config. */
export interface HugoConfig {
  /** `baseURL` as written, when it is an http(s) address. */
  baseUrl?: string | undefined;
  /** Its path part (`/blog`), which every page address starts with; `''` at the root. */
  base: string;
  /** Permalink patterns by section (`posts` → `/:year/:month/:slug/`), sections lower-cased. */
  permalinks: Record<string, string>;
  /** The site's zone (`timeZone`), when it names a real one. */
  timeZone?: string | undefined;
  /** Taxonomy field names (plural: `tags`, `topics`) besides categories and authors. */
  tagTaxonomies: string[];
  /** Whether author pages live at `/authors/<name>/` (an `authors` taxonomy). */
  authorTaxonomy: boolean;
  uglyUrls: boolean;
  /** Content and static folders, absolute. */
  contentDir: string;
  staticDirs: string[];
}

const ROOT_FILES = ['hugo.toml', 'hugo.yaml', 'hugo.yml', 'hugo.json', 'config.toml', 'config.yaml', 'config.yml', 'config.json'];

/**
 * Reads `hugo.*` or `config.*` at the site's root (the first found, as Hugo does) and the settings in
 * `config/_default/` over it. A site with no config at all gets Hugo's defaults.
 */
export function readHugoConfig(folder: string): HugoConfig {
  const fields: Fields = { ...firstConfig(folder, ROOT_FILES).fields, ...configFolder(join(folder, 'config', '_default')) };
  const baseUrl = siteAddress(text(fields['baseurl']));
  const taxonomies = table(fields['taxonomies']);
  // Hugo's default taxonomies, unless the config lists its own (which replace them).
  const plurals = taxonomies ? Object.values(taxonomies).map((v) => text(v)?.toLowerCase() ?? '') : ['tags', 'categories'];
  const zone = text(fields['timezone']);
  return {
    baseUrl: baseUrl ? `${baseUrl}/` : undefined,
    base: basePath(baseUrl),
    permalinks: permalinkPatterns(fields['permalinks']),
    timeZone: zone && isZone(zone) ? zone : undefined,
    tagTaxonomies: [...new Set(['tags', ...plurals])].filter((p) => p && p !== 'categories' && p !== 'authors'),
    authorTaxonomy: plurals.includes('authors'),
    uglyUrls: flag(fields['uglyurls']) ?? false,
    contentDir: join(folder, text(fields['contentdir']) ?? 'content'),
    staticDirs: (list(fields['staticdir']).length ? list(fields['staticdir']) : ['static']).map((d) => join(folder, d)),
  };
}

// Hugo 0.120 moved page patterns under `page:` (beside `section:`, `term:`); older sites list sections directly.
function permalinkPatterns(value: unknown): Record<string, string> {
  const all = lowerKeys(table(value) ?? {});
  const pages = table(all['page']) ? lowerKeys(table(all['page'])!) : all;
  const out: Record<string, string> = {};
  for (const [section, pattern] of Object.entries(pages)) {
    const written = text(pattern);
    if (written) out[section.replace(/^\/+|\/+$/g, '')] = written;
  }
  return out;
}

/** Whether `zone` is an IANA zone this runtime knows. */
export function isZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
