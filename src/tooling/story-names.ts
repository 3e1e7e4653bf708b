import { parse } from 'yaml';
import type { SiteConfig } from '../model/schemas/site.ts';

/**
 * How people name sections and authors when they start a story: by id (`politics`, `mara-okafor`)
 * or as the site shows them (`Politics`, `Mara Okafor`), in any case. `npm run new` turns either
 * into the id the frontmatter needs.
 */

const key = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();

/** The section's id for `input`, its id or its name in any case; undefined when no section is meant. */
export function sectionId(input: string, site: SiteConfig): string | undefined {
  const wanted = key(input);
  return site.sections.find((s) => s.id === wanted || key(s.name) === wanted)?.id;
}

/** The author's id for `input`, their id or their `name` in any case; undefined when nobody is meant. */
export function authorId(input: string, authors: ReadonlyMap<string, string>): string | undefined {
  const wanted = key(input);
  if (authors.has(wanted)) return wanted;
  for (const [id, name] of authors) if (key(name) === wanted || key(id) === wanted) return id;
  return undefined;
}

/** Every author by id with the name the site shows (the id, when the file has no readable `name`). */
export function authorNames(files: readonly { name: string; text: string }[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const file of files) {
    let data: unknown;
    try {
      data = parse(file.text);
    } catch {
      // A broken author file is the checker's to report; here the author is still known by id.
    }
    const name = data !== null && typeof data === 'object' ? (data as { name?: unknown }).name : undefined;
    names.set(file.name, typeof name === 'string' && name.trim() ? name.trim() : file.name);
  }
  return names;
}

/**
 * Authors as given: repeated flags, or commas between several. Never split at spaces, since
 * `--author "Mara Okafor"` is one person.
 */
export const splitNames = (values: readonly string[] | undefined): string[] =>
  (values ?? [])
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v.length > 0);

/** `mara-okafor (Mara Okafor)`: what to choose from, as a prompt or an error lists it. */
export const authorChoices = (authors: ReadonlyMap<string, string>) =>
  [...authors].map(([id, name]) => (name === id ? id : `${id} (${name})`)).join(', ');
