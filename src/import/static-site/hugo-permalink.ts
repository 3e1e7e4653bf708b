import type { HugoConfig } from './hugo-config.ts';
import { encodePath, joinPath } from './site-url.ts';
import type { SourceDate } from './source-date.ts';
import { MONTHS } from '../../model/credit-dates.ts';

/** What a page's address is made from. */
export interface PermalinkParts {
  /** Folders under `content/` that hold the page (`posts/2019`; a bundle's own folder not included). */
  folders: string[];
  /** The content base name: the file name without extension, or a bundle's folder name. */
  name: string;
  slug?: string | undefined;
  title?: string | undefined;
  date?: SourceDate | undefined;
  /** `url:` from the front matter, which replaces the whole path. */
  url?: string | undefined;
}

/**
 * Hugo's `urlize`, as paths use it: lower case, spaces to hyphens, only letters, digits, marks and
 * `._-~+#@%` kept (accents too: Hugo removes them only when `removePathAccents` is on).
 */
export function urlize(text: string): string {
  return text
    .toLowerCase()
    .trim()
    .replace(/\s+/g, '-')
    .replace(/[^\p{L}\p{N}\p{M}._\-~+#@%/]/gu, '');
}

const DAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const two = (n: number) => String(n).padStart(2, '0');
// Go's zero time, which Hugo puts in the address of a page without a date (Date.UTC reads year 1 as 1901).
const ZERO_DATE = new Date('0001-01-01T00:00:00Z');

/**
 * The site path Hugo published a regular page at, base path included: `url:` if given, else the
 * section's pattern from `permalinks` (`:year :month :monthname :day :weekday :weekdayname :yearday
 * :section :sections :title :slug :filename :contentbasename :slugorfilename :slugorcontentbasename`),
 * else the page's folders and its slug or name. A page without a date has Hugo's zero date in it.
 */
export function hugoPermalink(parts: PermalinkParts, config: HugoConfig): string {
  if (parts.url) return encodePath(joinPath(config.base, withSlash(parts.url)));
  const section = parts.folders[0] ?? '';
  const nested = parts.folders.map((_, i) =>
    parts.folders
      .slice(0, parts.folders.length - i)
      .join('/')
      .toLowerCase(),
  );
  const pattern = nested.map((key) => config.permalinks[key]).find(Boolean);
  const path = pattern
    ? expand(pattern, parts, section)
    : joinPath(...parts.folders.map(urlize), urlize(parts.slug ?? parts.name), '/');
  const ugly = config.uglyUrls && path.endsWith('/') && path !== '/' ? `${path.slice(0, -1)}.html` : path;
  return encodePath(joinPath(config.base, ugly));
}

function expand(pattern: string, parts: PermalinkParts, section: string): string {
  const wall = parts.date?.wall ?? ZERO_DATE;
  const year = String(wall.getUTCFullYear()).padStart(4, '0');
  const yearStart = Date.UTC(wall.getUTCFullYear(), 0, 1);
  const slugOrName = urlize(parts.slug ?? parts.name);
  const values: Record<string, string> = {
    year,
    month: two(wall.getUTCMonth() + 1),
    monthname: MONTHS[wall.getUTCMonth()]!,
    day: two(wall.getUTCDate()),
    weekday: String(wall.getUTCDay()),
    weekdayname: DAYS[wall.getUTCDay()]!,
    yearday: String(Math.floor((wall.getTime() - yearStart) / 86_400_000) + 1),
    section: urlize(section),
    title: urlize(parts.title ?? ''),
    slug: urlize(parts.slug ?? parts.title ?? parts.name),
    filename: urlize(parts.name),
    contentbasename: urlize(parts.name),
    slugorfilename: slugOrName,
    slugorcontentbasename: slugOrName,
  };
  const path = pattern.replace(/:(\w+)(?:\[([^\]]*)\])?/g, (written, token: string, slice: string | undefined) => {
    if (token === 'sections') return sliceOf(parts.folders.map(urlize), slice).join('/');
    return values[token] ?? written;
  });
  return joinPath(path);
}

/** `:sections[1:]`, `:sections[:last]`, `:sections[last]`: Go's slice forms, with `last` for the final index. */
function sliceOf(folders: string[], slice: string | undefined): string[] {
  if (slice === undefined) return folders;
  const index = (s: string | undefined, fallback: number) =>
    s === undefined || s === '' ? fallback : s === 'last' ? folders.length - 1 : Number(s);
  const [from, to] = slice.split(':');
  if (to === undefined) return folders.slice(index(from, 0), index(from, 0) + 1);
  return folders.slice(index(from, 0), index(to, folders.length));
}

// `url: /news/launch` publishes at `/news/launch/`; a URL with an extension stays a file.
const withSlash = (url: string) => (url.endsWith('/') || /\.[a-z0-9]+$/i.test(url) ? url : `${url}/`);
