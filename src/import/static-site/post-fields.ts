import { slugify } from '../../model/slug.ts';
import type { SourceNote, SourcePost } from '../source.ts';
import { first, list, table, text, type Fields } from './fields.ts';
import { readSourceDate, type SourceDate } from './source-date.ts';

/** The fields Hugo and Jekyll posts share, read the same way for both. */

/** A post's standfirst: `deck` (a standfirst by name), else `description`, `summary`, `excerpt`, as plain text. */
export function excerptOf(data: Fields, names: readonly string[]): string | undefined {
  const written = text(first(data, ...names));
  return written
    ?.replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Status from the draft flag and the publication date: a date still to come is a scheduled post. */
export function statusOf(draft: boolean, published: SourceDate | undefined, now: number): SourcePost['status'] {
  if (draft) return 'draft';
  return published && published.instant > now ? 'scheduled' : 'published';
}

/** A date field read in the site's zone, noting one that is written but is not a date. */
export function dateField(data: Fields, names: readonly string[], timeZone: string, notes: SourceNote[]): SourceDate | undefined {
  const name = names.find((n) => first(data, n) !== undefined);
  if (name === undefined) return undefined;
  const date = readSourceDate(data[name], timeZone);
  if (date === 'invalid') {
    notes.push({ kind: 'bad-date', detail: `${name}: "${String(data[name])}" is not a date this importer reads` });
    return undefined;
  }
  return date;
}

/** The title, or words made from the slug (noted) when the front matter has none. */
export function titleOf(data: Fields, slug: string, notes: SourceNote[]): string {
  const title = text(data['title']);
  if (title) return title;
  notes.push({ kind: 'untitled', detail: `no title: "${slug}" made into one` });
  const words = slug.replace(/[-_]+/g, ' ').trim() || 'Untitled';
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A note for a body with no text at all (a link post, a page made only of front matter). */
export function emptyBodyNotes(body: string): SourceNote[] {
  return body.trim() ? [] : [{ kind: 'empty-body', detail: 'the post has no text under its front matter' }];
}

/** Category names as slugs, without repeats or empties. */
export function categorySlugs(names: readonly string[]): string[] {
  return [...new Set(names.map((name) => slugify(name)).filter(Boolean))];
}

/** Old addresses without repeats, in the order given. */
export function uniqueUrls(urls: readonly (string | undefined)[]): string[] {
  return [...new Set(urls.filter((u): u is string => !!u))];
}

/** `authors: [a, b]`, `author: a`, or `author: {name: a}` (some themes). */
export function authorKeys(data: Fields): string[] {
  const value = first(data, 'authors', 'author');
  const named = table(value);
  if (named) return list(named['name']);
  if (Array.isArray(value)) return value.flatMap((v) => list(table(v)?.['name'] ?? v));
  return list(value);
}
