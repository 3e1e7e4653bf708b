import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { slugify, uniqueSlug } from '../../model/slug.ts';
import type { SourceAuthor } from '../source.ts';
import type { GuardedWriter, WriteOutcome } from './guarded-writer.ts';
import { plainText } from './plain-text.ts';

/** The byline of posts whose source names nobody: the schema wants at least one author. */
export const STAFF: SourceAuthor = { key: '\0staff', slug: 'staff', name: 'Staff' };

/**
 * Author files, one per source author a story names: `content/authors/<id>.yaml`. An id already in
 * the content folder is taken to be the same person (a newsroom importing its own archive already has
 * its reporters' files) and its file is left as the editor wrote it.
 */
export class Authors {
  private readonly ids = new Map<string, string>();
  private readonly taken = new Set<string>();
  private readonly known: Map<string, SourceAuthor>;

  private readonly previous: Readonly<Record<string, string>>;

  constructor(list: readonly SourceAuthor[], previous: Readonly<Record<string, string>>) {
    this.previous = previous;
    this.known = new Map(list.map((a) => [a.key, a]));
    for (const id of Object.values(previous)) this.taken.add(id);
  }

  /** The author id for a key posts use; a key the source did not list is a name (Hugo, Jekyll). */
  idFor(key: string): string {
    const had = this.ids.get(key) ?? this.previous[key];
    if (had) return this.remember(key, had);
    const author = this.known.get(key) ?? (key === STAFF.key ? STAFF : { key, slug: key, name: key });
    this.known.set(key, author);
    const id = uniqueSlug(slugify(author.slug) || slugify(author.name) || 'author', this.taken);
    this.taken.add(id);
    return this.remember(key, id);
  }

  /** Writes the file of every author a story named; returns the outcome of each. */
  writeAll(content: string, writer: GuardedWriter): Map<string, WriteOutcome> {
    const outcomes = new Map<string, WriteOutcome>();
    for (const [key, id] of this.ids) {
      const file = `authors/${id}.yaml`;
      if (existsSync(join(content, file)) && !writer.isOurs(file)) continue;
      const a = this.known.get(key)!;
      const bio = plainText(a.bio);
      const role = plainText(a.role);
      outcomes.set(
        id,
        writer.write(
          file,
          stringify({ name: plainText(a.name) ?? id, ...(role ? { role } : {}), ...(bio ? { bio } : {}) }, { lineWidth: 0 }),
        ),
      );
    }
    return outcomes;
  }

  /** Key → id, for the manifest. */
  entries(): Record<string, string> {
    return Object.fromEntries(this.ids);
  }

  /** The old author pages, for links. */
  oldUrls(): [string[], string][] {
    return [...this.ids].map(([key, id]) => [this.known.get(key)?.oldUrls ?? [], id]);
  }

  private remember(key: string, id: string): string {
    this.ids.set(key, id);
    this.taken.add(id);
    return id;
  }
}
