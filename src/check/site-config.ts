import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SiteConfig } from '../model/schemas/site.ts';
import { SITE_CONFIG_KINDS, siteConfigIssues } from '../model/schemas/site-rules.ts';
import { SITE_CONFIG_FILE, siteConfigProblemsOf, type SiteConfigError } from '../model/site-config.ts';
import { checkLocalFile } from './photo-file.ts';
import type { Problem } from './problems.ts';

export { SITE_CONFIG_FILE };

/**
 * What in the site's settings would stop the content from being published. A config loaded from
 * src/site.config.ts has passed these rules already (model/site-config.ts refuses it otherwise);
 * one made in code, as tests make them, is held to the same rules here.
 */
export async function siteConfigProblems(root: string, site: SiteConfig): Promise<Problem[]> {
  const issues = siteConfigIssues(site);
  if (!issues.length) return [];
  // A site made in code (a test's) has no file to point into.
  const text = await readFile(join(root, SITE_CONFIG_FILE), 'utf8').catch(() => '');
  return siteConfigProblemsOf(issues, text).map(toProblem);
}

/** The problems of a config that failed to load, as `npm run check` lists them (text and JSON). */
export function siteConfigErrorProblems(error: SiteConfigError): Problem[] {
  return error.problems.map(toProblem);
}

/** Worded in the model, by the same kinds the catalogue lists (catalogue/links.ts `SITE_KINDS`). */
const toProblem = (p: SiteConfigError['problems'][number]): Problem => ({
  kind: p.kind,
  severity: 'error',
  file: SITE_CONFIG_FILE,
  line: p.line,
  field: p.field,
  message: p.message,
  hint: p.hint,
});

/** A problem of the config's own rules, which no story can be checked against (others, such as a missing file, can). */
export const breaksConfigRule = (p: Problem) => p.kind in SITE_CONFIG_KINDS;

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
