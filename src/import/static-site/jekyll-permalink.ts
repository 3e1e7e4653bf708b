import { encodePath, joinPath } from './site-url.ts';
import type { SourceDate } from './source-date.ts';

/** What a Jekyll document's address is made from. */
export interface JekyllParts {
  /** The slug part of the file name (`2019-04-02-quay-fire.md` → `quay-fire`), or `slug:` when set. */
  slug: string;
  /** Categories, from the folders above `_posts/` and the front matter. */
  categories: string[];
  date?: SourceDate | undefined;
  /** `.html` for Markdown and HTML; other files keep their own. */
  outputExt: string;
  /** The document's path in its collection without extension (`guides/setup`), for `:path`. */
  path?: string | undefined;
  collection?: string | undefined;
}

/** Jekyll's `slugify`: lower case, anything but letters and digits a hyphen (`pretty` keeps `._~!$&'()+,;=@`). */
export function jekyllSlug(text: string, pretty = false): string {
  const drop = pretty ? /[^\p{L}\p{M}\p{Nd}._~!$&'()+,;=@]+/gu : /[^\p{L}\p{M}\p{Nd}]+/gu;
  const slug = text.replace(drop, '-').replace(/^-+|-+$/g, '');
  return pretty ? slug : slug.toLowerCase();
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const two = (n: number) => String(n).padStart(2, '0');

/**
 * A permalink template filled in as Jekyll's URL drop does: `:year :month :i_month :short_month
 * :long_month :day :i_day :y_day :short_year :hour :minute :second :week :short_day :long_day :title
 * :slug :name :categories :output_ext :path :collection`. Returns the site path with the base path
 * in front, percent-encoded; undefined when the template needs a date the document does not have.
 */
export function jekyllPermalink(template: string, parts: JekyllParts, baseurl: string): string | undefined {
  const wall = parts.date?.wall;
  if (
    !wall &&
    /:(?:year|month|day|i_month|i_day|y_day|short_year|short_month|long_month|hour|minute|second|week)\b/.test(template)
  ) {
    return undefined;
  }
  const d = wall ?? new Date(0);
  const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1);
  const yearDay = Math.floor((d.getTime() - yearStart) / 86_400_000) + 1;
  const values: Record<string, string> = {
    year: String(d.getUTCFullYear()),
    short_year: two(d.getUTCFullYear() % 100),
    month: two(d.getUTCMonth() + 1),
    i_month: String(d.getUTCMonth() + 1),
    short_month: MONTHS[d.getUTCMonth()]!.slice(0, 3),
    long_month: MONTHS[d.getUTCMonth()]!,
    day: two(d.getUTCDate()),
    i_day: String(d.getUTCDate()),
    y_day: String(yearDay).padStart(3, '0'),
    hour: two(d.getUTCHours()),
    minute: two(d.getUTCMinutes()),
    second: two(d.getUTCSeconds()),
    week: two(isoWeek(d)),
    short_day: DAYS[d.getUTCDay()]!.slice(0, 3),
    long_day: DAYS[d.getUTCDay()]!,
    title: jekyllSlug(parts.slug, true),
    slug: jekyllSlug(parts.slug),
    name: jekyllSlug(parts.path?.split('/').pop() ?? parts.slug),
    categories: [...new Set(parts.categories.map((c) => c.toLowerCase()))].join('/'),
    output_ext: parts.outputExt,
    path: parts.path ?? parts.slug,
    collection: parts.collection ?? 'posts',
  };
  const path = template.replace(/:([a-z_]+)/g, (written, name: string) => values[name] ?? written);
  const clean = path.replace(/\/\.{1,2}(?=\/|$)/g, '').replace(/\/{2,}/g, '/');
  return encodePath(joinPath(baseurl, clean));
}

function isoWeek(d: Date): number {
  const day = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  day.setUTCDate(day.getUTCDate() + 4 - (day.getUTCDay() || 7));
  return Math.ceil(((day.getTime() - Date.UTC(day.getUTCFullYear(), 0, 1)) / 86_400_000 + 1) / 7);
}
