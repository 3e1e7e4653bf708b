import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { slugify } from '../../model/slug.ts';
import type { SourceCategory } from '../source.ts';

/**
 * Which section each source category goes to: suggested on the first run, then the editor's. The
 * file (`sections.yaml` in the import folder) is read back on every run: lines the editor changed are
 * kept, categories seen for the first time are added with a suggestion.
 */
export interface SectionMap {
  /** Category slug → section id; `null` for a category with no section of its own (News, Uncategorized). */
  categories: Map<string, string | null>;
  /** Section of a post none of whose categories is mapped. */
  fallback: string;
}

/** Problems with the file the editor wrote, reported before anything is imported. */
export class SectionMapError extends Error {}

export function readSectionMap(file: string, sections: readonly string[]): SectionMap {
  const empty: SectionMap = { categories: new Map(), fallback: sections[0]! };
  if (!existsSync(file)) return empty;
  const data = parse(readFileSync(file, 'utf8')) as { categories?: Record<string, unknown>; fallback?: unknown } | null;
  const wrong: string[] = [];
  const valid = (value: unknown, where: string): value is string => {
    if (typeof value === 'string' && sections.includes(value)) return true;
    wrong.push(`${where}: "${String(value)}" is not a section; use one of ${sections.join(', ')}`);
    return false;
  };
  const map = new Map<string, string | null>();
  for (const [category, section] of Object.entries(data?.categories ?? {}))
    if (section === null || valid(section, `categories.${category}`)) map.set(category, section);
  const fallback = data?.fallback === undefined ? empty.fallback : data.fallback;
  const fallbackOk = valid(fallback, 'fallback');
  if (wrong.length || !fallbackOk) throw new SectionMapError(`${file}:\n  ${wrong.join('\n  ')}`);
  return { categories: map, fallback };
}

/**
 * The suggestion for a category the file does not name yet: a section whose id or name matches the
 * category's slug or name, else its parent's section, else none (`null`): a catch-all such as
 * "News" should not outrank a post's other, telling category.
 */
export function suggestSection(
  category: SourceCategory,
  map: SectionMap,
  sections: readonly string[],
  names: readonly string[],
  parents: ReadonlyMap<string, SourceCategory>,
): string | null {
  const words = [category.slug, slugify(category.name)];
  const index = sections.findIndex((id, i) => words.includes(id) || words.includes(slugify(names[i] ?? '')));
  if (index >= 0) return sections[index]!;
  const parent = category.parent ? parents.get(category.parent) : undefined;
  if (parent && parent.slug !== category.slug)
    return map.categories.get(parent.slug) ?? suggestSection(parent, map, sections, names, parents);
  return null;
}

/** The section of a post: its first category that has one, else the fallback. */
export function sectionOf(categories: readonly string[], map: SectionMap): string {
  for (const c of categories) {
    const section = map.categories.get(c);
    if (section) return section;
  }
  return map.fallback;
}

/** The file as written back: every category with its section and the number of posts in it. */
export function sectionMapYaml(map: SectionMap, counts: ReadonlyMap<string, number>, names: ReadonlyMap<string, string>): string {
  const lines = [
    '# Which section each category of the old site goes to. Change a section id, then run the import',
    '# again: stories move, and their old addresses keep working. A category marked ~ gives no section;',
    '# a post takes the section of its first category that gives one, else `fallback`.',
    `fallback: ${map.fallback}`,
    'categories:',
  ];
  for (const [slug, section] of [...map.categories].sort(([a], [b]) => a.localeCompare(b))) {
    const name = names.get(slug);
    const label = name && name !== slug ? `${name}, ` : '';
    const n = counts.get(slug) ?? 0;
    lines.push(`  ${JSON.stringify(slug)}: ${section ?? '~'} # ${label}${n} ${n === 1 ? 'post' : 'posts'}`);
  }
  return `${lines.join('\n')}\n`;
}
