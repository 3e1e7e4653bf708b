import { describe, expect, it } from 'vitest';
import { siteConfigIssues } from '../../src/model/schemas/site-rules.ts';
import { parseSiteConfig, SiteConfigError } from '../../src/model/site-config.ts';
import site from '../../src/site.config.ts';

const kinds = (input: unknown) => siteConfigIssues(input).map((i) => `${i.field} ${i.kind}`);

describe('the site config rules (src/model/schemas/site-rules.ts)', () => {
  it('accepts the sample paper', () => {
    expect(siteConfigIssues(site)).toEqual([]);
  });

  it('refuses a path in the address, since every link the site makes starts at the host root', () => {
    expect(kinds({ ...site, url: 'https://example.org/news/' })).toEqual(['url SiteUrlWithPath']);
    expect(kinds({ ...site, url: 'https://example.org/' })).toEqual([]);
    expect(kinds({ ...site, url: 'https://example.org' })).toEqual([]);
  });

  it.each([
    ['courier.example.org', 'is not a web address'],
    ['http://courier.example.org', 'starts with http:, not https:'],
    ['https://desk:secret@courier.example.org', 'holds a user name or password'],
    ['https://courier.example.org/?edition=1', 'ends in a ?query or #fragment'],
  ])('refuses the address %s: %s', (url, reason) => {
    expect(siteConfigIssues({ ...site, url })).toEqual([
      { kind: 'InvalidSiteUrl', field: 'url', value: url, values: { value: url, reason } },
    ]);
  });

  it('lets a local preview address use http', () => {
    expect(kinds({ ...site, url: 'http://localhost:4321' })).toEqual([]);
  });

  it('refuses a repeated section id and one the site uses for its own pages, at the later entry', () => {
    const sections = [...site.sections, { id: 'city', name: 'Town' }, { id: 'search', name: 'Find' }];
    expect(kinds({ ...site, sections })).toEqual([
      `sections.${site.sections.length}.id DuplicateSectionId`,
      `sections.${site.sections.length + 1}.id ReservedSectionId`,
    ]);
  });

  it.each([
    ['language', 'english', 'InvalidLanguage'],
    ['language', 'en_GB', 'InvalidLanguage'],
    ['locale', 'xx-YY', 'InvalidLocale'],
    ['locale', 'en_GB', 'InvalidLocale'],
    ['timezone', 'Mars/Olympus', 'InvalidTimeZone'],
  ])('refuses %s "%s" as %s', (field, value, kind) => {
    expect(kinds({ ...site, [field]: value })).toEqual([`${field} ${kind}`]);
  });

  it('suggests the spelling Intl knows for a locale or zone written loosely', () => {
    const values = (input: unknown) => siteConfigIssues(input).map((i) => i.values['suggestion']);
    expect(values({ ...site, locale: 'en_GB', timezone: 'london' })).toEqual(['en-GB', 'Europe/London']);
  });

  it('lists every problem of a config at once, each field once', () => {
    const broken = { ...site, url: 'nowhere', locale: 'en_GB', accent: 'red', titel: 'x', name: '' };
    expect(kinds(broken).sort()).toEqual([
      'accent InvalidSiteSetting',
      'locale InvalidLocale',
      'name InvalidSiteSetting',
      'titel InvalidSiteSetting',
      'url InvalidSiteUrl',
    ]);
  });
});

describe('a config that fails to load', () => {
  it('throws one listing with each field, its value and the fix, and no stack trace', () => {
    let error: unknown;
    try {
      parseSiteConfig({ ...site, url: 'https://example.org/news/', timezone: 'london' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SiteConfigError);
    const { message, stack } = error as SiteConfigError;
    expect(stack).toBe('');
    expect(message).toContain('The site config has 2 error(s):\nsrc/site.config.ts\n');
    expect(message).toMatch(/ {2}error {3}src\/site\.config\.ts:\d+ {2}url: "https:\/\/example\.org\/news\/" has a path/);
    expect(message).toContain('timezone: "london" is not an IANA time zone\n          fix: write "Europe/London"');
  });
});
