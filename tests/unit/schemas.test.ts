import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { storyFrontmatterSchema } from '../../src/model/schemas/story-frontmatter.ts';
import { breadcrumbsSchema } from '../../src/model/schemas/breadcrumbs.ts';
import { creditSchema } from '../../src/model/schemas/credit.ts';
import { relatedLinkSchema } from '../../src/model/schemas/related-link.ts';
import { parseSiteConfig } from '../../src/model/site-config.ts';

const schema = storyFrontmatterSchema({ image: z.string(), timezone: 'Europe/London', sections: ['politics', 'city'] });
const valid = {
  headline: 'Assembly delays bridge vote',
  dek: 'A late amendment sends the budget back to committee.',
  section: 'politics',
  authors: ['mara-okafor'],
  published: '2026-11-23 08:15',
};
const messages = (input: unknown) => {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('article schema', () => {
  it('accepts a minimal article and fills defaults', () => {
    const a = schema.parse(valid);
    expect(a.tags).toEqual([]);
    expect(a.draft).toBe(false);
    expect(a.related).toEqual([]);
    expect(a.published.toISOString()).toBe('2026-11-23T08:15:00.000Z');
  });

  it('reads summer dates in the site zone, not UTC', () => {
    expect(schema.parse({ ...valid, published: '2026-07-01 09:00' }).published.toISOString()).toBe('2026-07-01T08:00:00.000Z');
    expect(schema.parse({ ...valid, published: '2026-07-01T09:00:00+02:00' }).published.toISOString()).toBe(
      '2026-07-01T07:00:00.000Z',
    );
  });

  it('normalises a single author and bare related ids', () => {
    const a = schema.parse({ ...valid, authors: 'mara-okafor', related: ['bridge-vote', { id: 'tolls', label: 'Also Read' }] });
    expect(a.authors).toEqual(['mara-okafor']);
    expect(a.related).toEqual([
      { id: 'bridge-vote', label: 'Read More' },
      { id: 'tolls', label: 'Also Read' },
    ]);
  });

  it('parses a wire credit line on the hero into fields', () => {
    const a = schema.parse({
      ...valid,
      hero: {
        src: 'x.jpg',
        alt: 'Councillors',
        credit: 'DepositPhotos – BRUSSELS, BELGIUM – Feb 14, 2023: A vote — Photo by Ale_Mi',
      },
    });
    expect(a.hero?.credit).toEqual({
      source: 'DepositPhotos',
      location: 'BRUSSELS, BELGIUM',
      date: '2023-02-14',
      caption: 'A vote',
      photographer: 'Ale_Mi',
    });
  });

  it.each([
    [{ ...valid, headline: undefined }, /^headline: every story needs a headline/],
    [{ ...valid, headlin: 'x' }, /Unrecognized key/],
    [{ ...valid, section: 'sports' }, /^section: choose one of: politics, city/],
    [{ ...valid, authors: [] }, /^authors: name at least one author/],
    [{ ...valid, published: '2026-02-30 10:00' }, /^published: "2026-02-30 10:00" is not a real date/],
    [{ ...valid, published: 'yesterday' }, /^published: .*YYYY-MM-DD HH:mm/],
    [{ ...valid, updated: '2026-11-22 08:00' }, /^updated: `updated` is before `published`/],
    [{ ...valid, draft: 'yes' }, /^draft: write draft: true or draft: false/],
    [{ ...valid, tags: ['Bridge Vote'] }, /^tags.0: use lower-case words/],
    [{ ...valid, hero: { src: 'x.jpg' } }, /^hero.alt: describe the photo/],
    [{ ...valid, hero: { src: 'x.jpg', alt: 'a', credit: '' } }, /^hero.credit: .*empty/i],
    [{ ...valid, related: [{ id: 'Bridge Vote' }] }, /^related.0.id: a story id is its file name/],
    [{ ...valid, breadcrumbs: [{ label: 'Home', href: 'home' }] }, /^breadcrumbs.0.href: start the link with \//],
  ])('rejects %# with a message naming the field', (input, expected) => {
    expect(messages(input).join('\n')).toMatch(expected);
  });
});

describe('credit schema', () => {
  it('accepts the structured form', () => {
    const c = creditSchema.parse({
      source: 'Hallam Port Authority',
      photographer: 'Ines Moreau',
      date: '2026-11-02',
      license: 'https://example.org/l',
    });
    expect(c.photographer).toBe('Ines Moreau');
  });
  it('needs a source or a photographer', () => {
    expect(creditSchema.safeParse({ location: 'HALLAM' }).error?.issues[0]?.message).toMatch(/source.*photographer/);
  });
  it('rejects a licence that is not a URL and an impossible date', () => {
    const issues = creditSchema.safeParse({ source: 'X', license: 'CC BY', date: '2026-13-01' }).error?.issues ?? [];
    expect(issues.map((i) => i.path.join('.')).sort()).toEqual(['date', 'license']);
  });
});

describe('breadcrumbs and related links', () => {
  it('accepts site paths and full URLs', () => {
    expect(
      breadcrumbsSchema.parse([
        { label: 'Home', href: '/' },
        { label: 'Elections 2026', href: 'https://courier.example.org/elections/' },
      ]),
    ).toHaveLength(2);
  });
  it('defaults the related label to Read More', () => {
    expect(relatedLinkSchema.parse('bridge-vote')).toEqual({ id: 'bridge-vote', label: 'Read More' });
  });
});

describe('site config', () => {
  it('rejects an unknown time zone and a bad section id', () => {
    expect(() =>
      parseSiteConfig({
        name: 'X',
        url: 'https://x.example',
        language: 'en',
        locale: 'en',
        timezone: 'Mars/Olympus',
        sections: [{ id: 'Top Stories', name: 'Top' }],
      }),
    ).toThrow(/timezone[\s\S]*sections\.0\.id/);
  });
});
