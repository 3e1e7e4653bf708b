import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { slugify } from '../../model/slug.ts';
import type { SourceAuthor } from '../source.ts';
import { readConfigFile } from './config-file.ts';
import { first, lowerKeys, table, text, type Fields } from './fields.ts';

const DATA = /\.(?:ya?ml|toml|json)$/i;

/**
 * Author profiles kept as data: one file per author (`data/authors/ada.yaml`, Hugo) or one file of
 * them all (`_data/authors.yml`, Jekyll; `data/authors.toml`), by key. A file that does not parse
 * throws with its name, as a broken config does.
 */
export function dataProfiles(dataDir: string): Map<string, Fields> {
  const profiles = new Map<string, Fields>();
  for (const ext of ['.yml', '.yaml', '.toml', '.json']) {
    const file = join(dataDir, `authors${ext}`);
    if (!existsSync(file)) continue;
    for (const [key, value] of Object.entries(readConfigFile(file))) {
      // readConfigFile lower-cases keys; author keys are matched the same way.
      const profile = table(value);
      if (profile) profiles.set(key, lowerKeys(profile));
    }
  }
  const folder = join(dataDir, 'authors');
  if (existsSync(folder) && statSync(folder).isDirectory()) {
    for (const name of readdirSync(folder).sort()) {
      if (DATA.test(name)) profiles.set(basename(name, extname(name)).toLowerCase(), readConfigFile(join(folder, name)));
    }
  }
  return profiles;
}

/** What an author profile says, in the fields themes and sites use for it. */
export function authorFrom(
  key: string,
  profile: Fields | undefined,
  extra: { bio?: string; oldUrls?: string[] } = {},
): SourceAuthor {
  const p = profile ?? {};
  const full = [text(p['first_name'] ?? p['firstname']), text(p['last_name'] ?? p['lastname'])].filter(Boolean).join(' ');
  const name = text(first(p, 'name', 'display_name', 'displayname', 'fullname')) ?? (full || text(p['title'])) ?? key;
  // digital.gov's author pages name the agency a person writes for; that is the closest thing to a role.
  const role = text(first(p, 'role', 'position', 'job_title', 'jobtitle', 'agency_full_name'));
  const bio = text(first(p, 'bio', 'description', 'summary')) ?? (extra.bio?.trim() || undefined);
  return {
    key,
    slug: slugify(key) || slugify(name) || 'author',
    name,
    ...(bio ? { bio } : {}),
    ...(role ? { role } : {}),
    ...(extra.oldUrls?.length ? { oldUrls: extra.oldUrls } : {}),
  };
}
