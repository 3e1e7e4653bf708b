import { stringify } from 'yaml';
import { splitHugoFile, text } from './hugo-file.ts';

/**
 * digital.gov's author pages carry a display name and an agency, rarely any prose; the agency becomes
 * the role and any prose under the front matter the bio. Profile photos point at GitHub or at files
 * outside the repository, so there are none.
 */
export function authorYaml(indexMd: string): string | undefined {
  const { data, body } = splitHugoFile(indexMd);
  const name = text(data['display_name']) ?? [text(data['first_name']), text(data['last_name'])].filter(Boolean).join(' ').trim();
  if (!name) return undefined;
  const bio = body
    .split('\n')
    .filter((line) => !line.startsWith('#'))
    .join('\n')
    .trim();
  const role = text(data['agency_full_name']);
  return stringify({ name, ...(role ? { role } : {}), ...(bio ? { bio } : {}) });
}

/** `content/authors/<id>/_index.md` → `<id>`; the listing page itself has none. */
export function authorId(path: string): string | undefined {
  return /^content\/authors\/([^/]+)\/_index\.md$/.exec(path)?.[1];
}
