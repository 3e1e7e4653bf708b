/**
 * The words an editor reads when the site config breaks one of its rules (site-rules.ts). They live
 * here, not in the checker's catalogue, because the config is validated wherever it is loaded (`astro sync`, `astro dev`, the build, `npm run check`); the catalogue lists
 * the same entries (src/check/catalogue/links.ts), so docs/problems.md documents them.
 */
/** A kind as the catalogue declares one (check/catalogue/kind.ts), which the model cannot import. */
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
