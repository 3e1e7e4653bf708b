import { stringify } from 'yaml';

/** What an attacker (or a careless paste) puts in a field, by name. */
export const PAYLOADS = {
  'script breakout': '</script><script>alert(1)</script>',
  'attribute breakout': '"><img src=x onerror=alert(1)>',
  'javascript: URL': 'javascript:alert(1)',
} as const;

/** Characters that are invisible, illegal in HTML text and XML, and only ever arrive by accident or malice. */
export const CONTROL_CHARACTERS = { bell: '\u0007', escape: '\u001b[2J', null: '\u0000' } as const;

/** Every field an editor can write a string into, with a valid article around it. */
export const TEXT_FIELDS = [
  'headline',
  'dek',
  'hero.alt',
  'hero.caption',
  'hero.credit.source',
  'hero.credit.photographer',
  'hero.credit.location',
  'hero.credit.caption',
  'hero.credit.copyright',
  'breadcrumbs.0.label',
  'related.0.label',
] as const;

/** Fields that only take ids, dates, paths, choices or URLs. */
export const STRICT_FIELDS = [
  'section',
  'authors.0',
  'published',
  'updated',
  'tags.0',
  'draft',
  'hero.src',
  'hero.credit.date',
  'hero.credit.license',
  'breadcrumbs.0.href',
  'related.0.id',
] as const;

export function validStory(): Record<string, unknown> {
  return {
    headline: 'A headline',
    dek: 'A dek.',
    section: 'city',
    authors: ['ada-reporter'],
    published: '2026-11-24 10:00',
    updated: '2026-11-24 11:00',
    tags: ['harbour'],
    draft: false,
    hero: {
      src: '../images/harbour.jpg',
      alt: 'Boats at the quay',
      caption: 'The quay at dusk.',
      credit: {
        source: 'Courier Pictures',
        photographer: 'Ada Brennan',
        location: 'HALLAM',
        date: '2026-11-20',
        caption: 'Boats at the quay',
        copyright: '© 2026 Courier Pictures',
        license: 'https://creativecommons.org/licenses/by/4.0/',
      },
    },
    breadcrumbs: [{ label: 'Home', href: '/' }],
    related: [{ id: 'tram-delays', label: 'Read Next' }],
  };
}

/** Sets the value at a dotted path, creating nothing: the path must exist in `data`. */
export function setAt(data: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const keys = path.split('.');
  let node = data as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[keys.at(-1)!] = value;
  return data;
}

/** A Markdown file with `data` as frontmatter, written by a real YAML writer so any string survives. */
export const markdownFile = (data: Record<string, unknown>, body = 'Body text.\n') => `---\n${stringify(data)}---\n\n${body}`;
