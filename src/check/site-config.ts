import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SiteConfig } from '../model/schemas/site.ts';
import { RESERVED_SEGMENTS } from '../model/urls.ts';
import { checkLocalFile } from './photo-file.ts';
import { problem, type Problem } from './problems.ts';

/** Where the site's own settings live: problems with them are reported against this file. */
export const SITE_CONFIG_FILE = 'src/site.config.ts';

/**
 * What in the site's settings would stop the content from being published: a section whose id is a
 * folder the site uses for its own pages (its pages and those would share addresses). The rest of the
 * config is checked by its schema when it is loaded (src/model/schemas/site.ts).
 */
export async function siteConfigProblems(root: string, site: SiteConfig): Promise<Problem[]> {
  const clashes = site.sections.flatMap((s, i) => (RESERVED_SEGMENTS.includes(s.id) ? [{ id: s.id, i }] : []));
  if (!clashes.length) return [];
  // A site made in code (a test's) has no file to point into.
  const lines = (await readFile(join(root, SITE_CONFIG_FILE), 'utf8').catch(() => '')).split('\n');
  return clashes.map(({ id, i }) => {
    const line = lines.findIndex((l) => new RegExp(`\\bid:\\s*['"]${id}['"]`).test(l)) + 1;
    return problem('ReservedSectionId', { file: SITE_CONFIG_FILE, line: line || undefined, field: `sections.${i}.id` }, { id });
  });
}

/**
 * The logo every page links to and the publisher's JSON-LD names: a photo file in `public/` by the
 * same rule as every other (check/photo-file.ts), or every page would link to nothing.
 */
export async function siteLogoProblems(root: string, site: SiteConfig): Promise<Problem[]> {
  const text = await readFile(join(root, SITE_CONFIG_FILE), 'utf8').catch(() => '');
  const line = text.split('\n').findIndex((l) => /^\s*logo:/.test(l)) + 1;
  const where = { file: SITE_CONFIG_FILE, line: line || undefined, field: 'logo' };
  const publicDir = join(root, 'public');
  const from = `${SITE_CONFIG_FILE} (the path starts at public/)`;
  const found = await checkLocalFile(publicDir, join(publicDir, site.logo), { src: site.logo, where, from, folder: 'public' });
  return found.problem ? [found.problem] : [];
}
