import { readFileSync } from 'node:fs';
import { siteSchema, type SiteConfig, type SiteConfigInput } from './schemas/site.ts';
import { SITE_CONFIG_KINDS, siteConfigIssues, type SiteConfigIssue } from './schemas/site-rules.ts';

/** Where the paper's settings live: every problem with them is reported against this file. */
export const SITE_CONFIG_FILE = 'src/site.config.ts';

/**
 * Validates the site config where it is loaded, so a broken one stops every command that reads it
 * (`astro sync`, `astro check`, `astro dev`, the build, `npm run check`) with the same listing.
 */
export function parseSiteConfig(input: SiteConfigInput): SiteConfig {
  const issues = siteConfigIssues(input);
  if (issues.length) throw new SiteConfigError(issues, configText());
  return siteSchema.parse(input);
}

/** One problem as the checker's listing prints it (src/check/problems.ts `formatProblems`, no colour). */
export interface SiteConfigProblem {
  kind: SiteConfigIssue['kind'];
  line: number | undefined;
  field: string;
  message: string;
  hint: string;
}

/** An editor's mistake in src/site.config.ts: every broken rule, with its line, field, value and fix. */
export class SiteConfigError extends Error {
  declare readonly problems: readonly SiteConfigProblem[];
  constructor(issues: readonly SiteConfigIssue[], text: string) {
    const problems = siteConfigProblemsOf(issues, text);
    const listing = problems.flatMap((p) => [
      `  error   ${SITE_CONFIG_FILE}${p.line ? `:${p.line}` : ''}  ${p.field}: ${p.message}`,
      `          fix: ${p.hint}`,
    ]);
    super(`The site config has ${problems.length} error(s):\n${SITE_CONFIG_FILE}\n${listing.join('\n')}`);
    this.name = 'SiteConfigError';
    // Not enumerable: Node prints an uncaught error's own fields after its message, which says it all.
    Object.defineProperty(this, 'problems', { value: problems, enumerable: false });
    // Astro prints an error's stack under its message; frames of the config loader would make a
    // settings mistake look like a crash. Without a stack it prints the listing alone.
    this.stack = '';
  }
}

/** Issues worded by their kinds, with the line of each field in the config's `text`, in line order. */
export function siteConfigProblemsOf(issues: readonly SiteConfigIssue[], text: string): SiteConfigProblem[] {
  const lines = text.split('\n');
  return issues
    .map((issue) => {
      const kind = SITE_CONFIG_KINDS[issue.kind] as { message: (v: unknown) => string; hint: string | ((v: unknown) => string) };
      const hint = typeof kind.hint === 'string' ? kind.hint : kind.hint(issue.values);
      return { kind: issue.kind, line: lineOf(lines, issue), field: issue.field, message: kind.message(issue.values), hint };
    })
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

/** The config's own text, to point at lines; a config made in code (a test's) has none. */
function configText(): string {
  try {
    return readFileSync(new URL('../site.config.ts', import.meta.url), 'utf8');
  } catch {
    return '';
  }
}

/**
 * The line a field is written on: a top-level key at its least indented `key:`; a section's field on
 * the line of that section's `id:` (the n-th with the same id, for a repeated one) or after it.
 */
function lineOf(lines: readonly string[], issue: SiteConfigIssue): number | undefined {
  const [top = '', index, key] = issue.field.split('.');
  const keyAt = (name: string, from = 0, to = lines.length) => {
    const re = new RegExp(`(?:^|[{,\\s])${name}\\s*:`);
    for (let i = from; i < to; i++) if (re.test(lines[i]!)) return i;
    return -1;
  };
  if (index === undefined) {
    const hits = lines.flatMap((l, i) => (new RegExp(`(?:^|[{,\\s])['"]?${top}['"]?\\s*:`).test(l) ? [i] : []));
    const least = hits.sort((a, b) => indent(lines[a]!) - indent(lines[b]!))[0];
    return least === undefined ? undefined : least + 1;
  }
  const start = keyAt(top);
  if (start < 0) return undefined;
  const ids = lines.flatMap((l, i) => (i > start && /(?:^|[{,\s])id\s*:/.test(l) ? [i] : []));
  const id = typeof issue.value === 'string' && key === 'id' ? issue.value : undefined;
  const same = id ? ids.filter((i) => lines[i]!.includes(`'${id}'`) || lines[i]!.includes(`"${id}"`)) : [];
  const nth = id ? Number(issue.values['first'] !== undefined) : Number(index);
  const at = (id ? same : ids)[nth] ?? (id ? same[0] : undefined);
  if (at === undefined) return start + 1;
  const found = key ? keyAt(key, at, (ids[ids.indexOf(at) + 1] ?? lines.length) as number) : -1;
  return (found >= 0 ? found : at) + 1;
}

const indent = (line: string) => line.length - line.trimStart().length;
