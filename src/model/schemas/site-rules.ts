import { RESERVED_SEGMENTS } from '../urls.ts';
import { siteSchema } from './site.ts';

/**
 * The rules a site config must meet beyond its fields' types, with the words an editor reads when
 * one is broken. They live here, not in the checker's catalogue, because the config is validated
 * wherever it is loaded (`astro sync`, `astro dev`, the build, `npm run check`); the catalogue lists
 * the same entries (src/check/catalogue/links.ts), so docs/problems.md documents them.
 */
const rule = <V>(kind: {
  title: string;
  severity: 'error';
  message: (v: V) => string;
  hint: string | ((v: V) => string);
  example: V;
}) => kind;

export const SITE_CONFIG_KINDS = {
  InvalidSiteUrl: rule({
    title: 'Site address that is not a web address',
    severity: 'error',
    message: (v: { value: string; reason: string }) => `"${v.value}" ${v.reason}`,
    hint: 'write the address readers type, with https://, e.g. "https://news.example.org"',
    example: { value: 'courier.example.org', reason: 'is not a web address' },
  }),
  SiteUrlWithPath: rule({
    title: 'Site address with a path',
    severity: 'error',
    message: (v: { value: string; origin: string }) => `"${v.value}" has a path after ${v.origin}: links would drop it`,
    hint: (v) =>
      `serve the paper from the root of a host name of its own (e.g. "https://news.example.org") and write that, or "${v.origin}": every page, feed and sitemap link starts at the host's root`,
    example: { value: 'https://example.org/news/', origin: 'https://example.org' },
  }),
  DuplicateSectionId: rule({
    title: 'Section id used twice',
    severity: 'error',
    message: (v: { id: string; first: number }) => `the section id "${v.id}" is also the id of sections.${v.first}`,
    hint: 'give each section an id of its own: the id is the first part of the address of its pages',
    example: { id: 'city', first: 2 },
  }),
  ReservedSectionId: rule({
    title: "Section id the site's own pages use",
    severity: 'error',
    message: (v: { id: string }) => `the section id "${v.id}" is used by the site's own pages`,
    hint: 'rename the section: its id is the first part of the address of its pages',
    example: { id: 'tags' },
  }),
  InvalidLanguage: rule({
    title: 'Unknown language code',
    severity: 'error',
    message: (v: { value: string }) => `"${v.value}" is not a language code`,
    hint: 'write a BCP 47 language code such as "en", "fr" or "pt-BR"',
    example: { value: 'english' },
  }),
  InvalidLocale: rule({
    title: 'Unknown locale',
    severity: 'error',
    message: (v: { value: string; suggestion?: string | undefined }) => `"${v.value}" is not a BCP 47 locale`,
    hint: (v) => (v.suggestion ? `write "${v.suggestion}"` : 'write a locale such as "en-GB", "fr-FR" or "es-MX"'),
    example: { value: 'en_GB', suggestion: 'en-GB' },
  }),
  InvalidTimeZone: rule({
    title: 'Unknown time zone',
    severity: 'error',
    message: (v: { value: string; suggestion?: string | undefined }) => `"${v.value}" is not an IANA time zone`,
    hint: (v) => (v.suggestion ? `write "${v.suggestion}"` : 'write a zone such as "Europe/London" or "America/New_York"'),
    example: { value: 'London', suggestion: 'Europe/London' },
  }),
  InvalidSiteSetting: rule({
    title: 'Site setting the site cannot use',
    severity: 'error',
    message: (v: { rule: string }) => v.rule,
    hint: (v: { fix: string }) => v.fix,
    example: { rule: '"red" is not a colour written as #rrggbb', fix: 'write the colour as #rrggbb, e.g. #8a1c1c' },
  }),
};

export type SiteConfigKindName = keyof typeof SITE_CONFIG_KINDS;

/** One broken rule: its kind, the dotted field, the values its words are made from. */
export interface SiteConfigIssue {
  kind: SiteConfigKindName;
  field: string;
  /** The value as written, to find its line. */
  value?: unknown;
  values: Record<string, unknown>;
}

/** Every broken rule of `input` at once; an empty list means the config is valid. */
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
