import type { SourceCategory } from '../source.ts';
import type { WxrRecord } from './wxr-stream.ts';
import { plainText } from '../convert/html-text.ts';
import { decodeSlug } from './text.ts';

/** A `wp:category` entry as a source category: its slug, name and parent's slug. */
export function categoryFromRecord(record: WxrRecord): SourceCategory | undefined {
  const slug = decodeSlug(record.fields.get('wp:category_nicename') ?? '');
  if (!slug) return undefined;
  const name = plainText(record.fields.get('wp:cat_name') ?? '') || slug;
  const parent = decodeSlug(record.fields.get('wp:category_parent') ?? '');
  return { slug, name, parent: parent || undefined };
}

/** An item's categories (slugs, as `domain="category"` names them) and tags (names), each once. */
export function itemTerms(item: WxrRecord): { categories: SourceCategory[]; tags: string[] } {
  const categories = new Map<string, SourceCategory>();
  const tags = new Set<string>();
  for (const term of item.terms) {
    const name = plainText(term.name);
    if (term.domain === 'category') {
      const slug = decodeSlug(term.nicename);
      if (slug && !categories.has(slug)) categories.set(slug, { slug, name: name || slug });
    } else if (term.domain === 'post_tag' && name) {
      tags.add(name);
    }
  }
  return { categories: [...categories.values()], tags: [...tags] };
}
