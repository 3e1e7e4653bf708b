/**
 * Where content lives, relative to the project root. `BROADSHEET_CONTENT` points a build or a
 * check at another folder (the test fixtures, a benchmark corpus) without touching config.
 */
export function contentDir(): string {
  return process.env['BROADSHEET_CONTENT'] ?? 'content';
}
