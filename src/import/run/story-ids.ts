import { RESERVED_STORY_IDS } from '../../model/urls.ts';
import { slugify, uniqueSlug } from '../../model/slug.ts';
import type { SourcePost } from '../source.ts';
import { safeDecode } from './site-address.ts';

/**
 * Story ids are file names and URL segments: the source's slug, cleaned to lower-case ASCII words,
 * made unique in source order so that a re-run of the same source gives every post the same id.
 * An id the manifest already gave a post's key is kept, so a later export with a renamed slug does
 * not move a story the site already published (the old slug becomes a redirect instead).
 */
export class StoryIds {
  private readonly taken: Set<string>;
  private readonly byKey = new Map<string, string>();

  private readonly previous: ReadonlyMap<string, string>;

  /** `others`: ids of stories in the content folder the importer did not write; `previous`: the last run's id per key. */
  constructor(others: Iterable<string>, previous: ReadonlyMap<string, string>) {
    this.previous = previous;
    this.taken = new Set([...others, ...RESERVED_STORY_IDS]);
    for (const id of previous.values()) this.taken.add(id);
  }

  idFor(post: SourcePost): string {
    const known = this.byKey.get(post.key) ?? this.previous.get(post.key);
    if (known) {
      this.byKey.set(post.key, known);
      return known;
    }
    const base = slugify(safeDecode(post.slug)) || slugify(post.title) || 'story';
    const id = uniqueSlug(base, this.taken);
    this.taken.add(id);
    this.byKey.set(post.key, id);
    return id;
  }

  /** Every key's id, for the manifest. */
  entries(): [string, string][] {
    return [...this.byKey];
  }
}
