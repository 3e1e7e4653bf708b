import type { SourceCategory, SourceNote } from '../source.ts';
import type { GhostTables } from './tables.ts';

/** What a post's Ghost tags become. */
export interface PostTaxonomy {
  /** The primary tag's slug (the first public tag, as Ghost's `primary_tag`), or none. */
  categories: string[];
  /** Every public tag's name, primary included, in Ghost's order. */
  tags: string[];
}

/**
 * A post's tags in `sort_order`. Internal tags (`visibility: internal`, names starting `#`) label
 * posts for themes and newsletters and were never shown to readers: they are dropped with a note.
 */
export function postTaxonomy(postId: string, tables: GhostTables, notes: SourceNote[]): PostTaxonomy {
  const categories: string[] = [];
  const tags: string[] = [];
  for (const id of tables.postTags.get(postId) ?? []) {
    const tag = tables.tags.get(id);
    if (!tag) continue;
    if (tag.internal) {
      notes.push({ kind: 'internal-tag', detail: `internal tag "${tag.name}" dropped` });
      continue;
    }
    if (categories.length === 0) categories.push(tag.slug);
    if (!tags.includes(tag.name)) tags.push(tag.name);
  }
  return { categories, tags };
}

/**
 * The tags some post has as its primary tag, in the tags table's order: the categories the importer
 * maps to sections. Tags that are never primary stay tags and do not crowd the section mapping.
 */
export function primaryTags(tables: GhostTables): SourceCategory[] {
  const primary = new Set<string>();
  for (const ids of tables.postTags.values()) {
    const first = ids.find((id) => tables.tags.get(id)?.internal === false);
    if (first) primary.add(first);
  }
  return [...tables.tags].filter(([id]) => primary.has(id)).map(([, tag]) => ({ slug: tag.slug, name: tag.name }));
}
