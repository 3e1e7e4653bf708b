import { RESERVED_SEGMENTS } from '../urls.ts';
import { SITE_CONFIG_KINDS } from './site-kinds.ts';
import { siteSchema } from './site.ts';

export { SITE_CONFIG_KINDS };

export type SiteConfigKindName = keyof typeof SITE_CONFIG_KINDS;

/** One broken rule: its kind, the dotted field, the values its words are made from. */
export interface SiteConfigIssue {
  kind: SiteConfigKindName;
  field: string;
  /** The value as written, to find its line. */
  value?: unknown;
  values: Record<string, unknown>;
}

/**
 * The rules a site config must meet beyond its fields' types (their words are in site-kinds.ts):
 * every broken rule of `input` at once; an empty list means the config is valid.
 */
export function siteConfigIssues(input: unknown): SiteConfigIssue[] {
  const parsed = siteSchema.safeParse(input);
  const issues: SiteConfigIssue[] = parsed.success ? [] : parsed.error.issues.map((i) => shapeIssue(i, input));
  const known = new Set(issues.map((i) => i.field));
  const data = (typeof input === 'object' && input ? input : {}) as Record<string, unknown>;
  const add = (issue: SiteConfigIssue | undefined) => issue && !known.has(issue.field) && issues.push(issue);
  if (typeof data['url'] === 'string') add(urlIssue(data['url']));
  if (typeof data['language'] === 'string') add(languageIssue(data['language']));
  if (typeof data['locale'] === 'string') add(localeIssue(data['locale']));
  if (typeof data['timezone'] === 'string') add(timeZoneIssue(data['timezone']));
  if (Array.isArray(data['sections'])) sectionIssues(data['sections']).forEach(add);
  return issues;
}

function urlIssue(value: string): SiteConfigIssue | undefined {
  const at = (kind: SiteConfigKindName, values: Record<string, unknown>) => ({
    kind,
    field: 'url',
    value,
    values: { value, ...values },
  });
  if (!URL.canParse(value)) return at('InvalidSiteUrl', { reason: 'is not a web address' });
  const url = new URL(value);
  const local = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(local && url.protocol === 'http:'))
    return at('InvalidSiteUrl', { reason: `starts with ${url.protocol}, not https:` });
  if (url.username || url.password) return at('InvalidSiteUrl', { reason: 'holds a user name or password' });
  if (url.search || url.hash) return at('InvalidSiteUrl', { reason: 'ends in a ?query or #fragment' });
  if (url.pathname !== '/') return at('SiteUrlWithPath', { origin: url.origin });
  return undefined;
}

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** A well-formed BCP 47 tag whose language Intl knows ("english" is well-formed, and no language). */
function knownTag(value: string): boolean {
  try {
    return Intl.getCanonicalLocales(value)[0] === value && languageNames.of(new Intl.Locale(value).language) !== undefined;
  } catch {
    return false;
  }
}

function languageIssue(value: string): SiteConfigIssue | undefined {
  return knownTag(value) ? undefined : { kind: 'InvalidLanguage', field: 'language', value, values: { value } };
}

function localeIssue(value: string): SiteConfigIssue | undefined {
  if (knownTag(value)) return undefined;
  const fixed = value.replaceAll('_', '-');
  let suggestion: string | undefined;
  try {
    suggestion = Intl.getCanonicalLocales(fixed)[0];
  } catch {
    suggestion = undefined;
  }
  if (suggestion && !knownTag(suggestion)) suggestion = undefined;
  return { kind: 'InvalidLocale', field: 'locale', value, values: { value, suggestion } };
}

function timeZoneIssue(value: string): SiteConfigIssue | undefined {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return undefined;
  } catch {
    const word = value.toLowerCase().replaceAll(' ', '_');
    const suggestion = Intl.supportedValuesOf('timeZone').find(
      (z) => z.toLowerCase() === word || z.toLowerCase().endsWith(`/${word}`),
    );
    return { kind: 'InvalidTimeZone', field: 'timezone', value, values: { value, suggestion } };
  }
}

function sectionIssues(sections: unknown[]): SiteConfigIssue[] {
  const first = new Map<string, number>();
  return sections.flatMap((s, i): SiteConfigIssue[] => {
    const id = (s as { id?: unknown } | null)?.id;
    if (typeof id !== 'string') return [];
    const field = `sections.${i}.id`;
    if (RESERVED_SEGMENTS.includes(id)) return [{ kind: 'ReservedSectionId', field, value: id, values: { id } }];
    const earlier = first.get(id);
    if (earlier === undefined) first.set(id, i);
    return earlier === undefined ? [] : [{ kind: 'DuplicateSectionId', field, value: id, values: { id, first: earlier } }];
  });
}

function shapeIssue(
  issue: { path: PropertyKey[]; message: string; code: string; keys?: string[] },
  input: unknown,
): SiteConfigIssue {
  const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys?.[0] ?? ''] : issue.path;
  const field = path.map(String).join('.');
  const value = path.reduce<unknown>(
    (v, k) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined),
    input,
  );
  const shown = typeof value === 'string' ? `"${value}"` : value === undefined ? 'nothing' : JSON.stringify(value);
  const known = Object.keys(siteSchema.shape).join(', ');
  if (issue.code === 'unrecognized_keys')
    return {
      kind: 'InvalidSiteSetting',
      field,
      values: { rule: 'is not a setting the site knows', fix: `remove it, or use one of: ${known}` },
    };
  // The schema's own words start with "is"; zod's generic ones ("Invalid input", "Too small…") are quoted after ours.
  const said = issue.message.startsWith('is ') ? issue.message : `is not accepted (${issue.message})`;
  const rule = value === undefined ? 'is missing' : value === '' ? 'is empty' : `${shown} ${said}`;
  return {
    kind: 'InvalidSiteSetting',
    field,
    value,
    values: { rule, fix: FIXES[String(path.at(-1))] ?? 'see the comment above the field in src/model/schemas/site.ts' },
  };
}

/** How to fix each field whose rule zod checks; the rules above carry their own fix. */
const FIXES: Record<string, string> = {
  name: 'write the paper\'s name, e.g. "The Hallam Courier"',
  url: 'write the address readers type, with https://, e.g. "https://news.example.org"',
  sections: "list at least one section, e.g. { id: 'city', name: 'City' }",
  id: 'write lower-case words joined by hyphens, e.g. "local-news"',
  colour: 'write the colour as #rrggbb, e.g. #8a1c1c',
  accent: 'write the colour as #rrggbb, e.g. #8a1c1c',
  logo: 'give a file in public/ such as "/logo.png"',
  dateStyle: 'write "long", "medium" or "full"',
};
