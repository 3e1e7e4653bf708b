/**
 * Where content lives, relative to the project root. `BROADSHEET_CONTENT` points a build or a
 * check at another folder (the test fixtures, a benchmark corpus) without touching config.
 */
export function contentDir(): string {
  return process.env['BROADSHEET_CONTENT'] ?? 'content';
}

/**
 * Astro's cache (and ours beside it): one per content folder, so fixture and benchmark builds never
 * evict the real site's. `BROADSHEET_CACHE_DIR` lets a test prove that a cold build equals a warm one.
 */
export function cacheDir(): string {
  return process.env['BROADSHEET_CACHE_DIR'] ?? `./.broadsheet/cache/${contentDir().replace(/[^a-z0-9]+/gi, '-')}`;
}
