import type { ContentFile } from './files.ts';
import { parseSource } from './frontmatter.ts';
import type { Problem } from './problems.ts';
import type { FileCheck } from './story-file.ts';

/**
 * What a story whose frontmatter failed its schema still names readably, so that the checks which
 * need valid frontmatter (the lead photo's file, the authors' files) still run in the same pass:
 * an editor who fixes five problems must not find a sixth only on the next run. A value the schema
 * already refused is left alone, so nothing is reported twice.
 */

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const field = (data: unknown, key: string): unknown =>
  data !== null && typeof data === 'object' ? (data as Record<string, unknown>)[key] : undefined;

/** Whether a problem was already reported at `path` or inside it. */
const refused = (problems: readonly Problem[], path: string) =>
  problems.some((p) => p.field !== undefined && (p.field === path || p.field.startsWith(`${path}.`)));

/** Whether a problem was already reported at `path` or at a field holding it (`hero` for `hero.src`). */
const refusedAt = (problems: readonly Problem[], path: string) =>
  path.split('.').some((_, i, parts) => problems.some((p) => p.field === parts.slice(0, i + 1).join('.'))) ||
  refused(problems, path);

/** The lead photo's path as written, when it is text the schema did not refuse. */
export function readableLeadPhoto(raw: unknown, problems: readonly Problem[]): string | undefined {
  const src = field(field(raw, 'hero'), 'src');
  if (typeof src !== 'string' || !src.trim() || refusedAt(problems, 'hero.src')) return undefined;
  return src.trim();
}

/** The author ids as written (one id or a list), with their place in the list, that the schema did not refuse. */
export function readableAuthors(raw: unknown, problems: readonly Problem[]): { id: string; n: number }[] {
  const value = field(raw, 'authors');
  if (problems.some((p) => p.field === 'authors')) return [];
  const list: unknown[] = typeof value === 'string' ? [value] : Array.isArray(value) ? value : [];
  return list.flatMap((id, n) =>
    typeof id === 'string' && SLUG.test(id) && !refused(problems, `authors.${n}`) ? [{ id, n }] : [],
  );
}

/** A person a story names, and how to find the line: asked only when a problem is reported (it parses the YAML again). */
export interface NamedPerson {
  id: string;
  n: number;
  line: () => number | undefined;
}

/**
 * The authors a story names, each with its line: from the valid frontmatter, else, when its YAML
 * could be read (the body was checked), from the text as written.
 */
export function namedAuthors(source: ContentFile, check: FileCheck): NamedPerson[] {
  const { article } = check;
  if (article) return article.data.authors.map((id, n) => ({ id, n, line: () => article.lineOf(['authors', n]) }));
  if (!check.facts) return [];
  const parsed = parseSource(source.text);
  return readableAuthors(parsed.data, check.problems).map((a) => ({ ...a, line: () => parsed.lineOf(['authors', a.n]) }));
}

/** The contributors' ids as written, with their place in the list, that the schema did not refuse. */
export function readableContributors(raw: unknown, problems: readonly Problem[]): { id: string; n: number }[] {
  const value = field(raw, 'contributors');
  if (!Array.isArray(value) || problems.some((p) => p.field === 'contributors')) return [];
  return value.flatMap((item, n) => {
    const id = field(item, 'id');
    return typeof id === 'string' && SLUG.test(id) && !refusedAt(problems, `contributors.${n}.id`) ? [{ id, n }] : [];
  });
}

/** The contributors a story names, each with its line, by the same rules as `namedAuthors`. */
export function namedContributors(source: ContentFile, check: FileCheck): NamedPerson[] {
  const { article } = check;
  if (article)
    return article.data.contributors.map(({ id }, n) => ({ id, n, line: () => article.lineOf(['contributors', n, 'id']) }));
  if (!check.facts) return [];
  const parsed = parseSource(source.text);
  return readableContributors(parsed.data, check.problems).map((c) => ({
    ...c,
    line: () => parsed.lineOf(['contributors', c.n, 'id']),
  }));
}
