import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { authorSchema } from '../../src/model/schemas/author.ts';
import { CONTRIBUTOR_ROLES } from '../../src/model/schemas/contributor.ts';
import { storyFrontmatterSchema } from '../../src/model/schemas/story-frontmatter.ts';
import { storyPeopleLd } from '../../src/output/people-ld.ts';
import { contributionNote, creditLines, profileLabel, shapeContributors } from '../../src/site/contributors.ts';
import type { Story } from '../../src/site/stories.ts';
import { BYLINE_MISTAKES } from '../helpers/mistakes/bylines.ts';
import { checkMistakes } from '../helpers/mistakes/run.ts';

const schema = storyFrontmatterSchema({ image: z.string(), timezone: 'Europe/London', sections: ['city'] });
const valid = { headline: 'Crew stranded', section: 'city', authors: ['tomas-lind'], published: '2026-11-18 10:30' };
const NAMES: Record<string, string> = { 'tomas-lind': 'Tomas Lind', 'ines-amaral': 'Ines Amaral', 'priya-raman': 'Priya Raman' };
const byline = (id: string) => ({ id, name: NAMES[id] ?? id, url: `/authors/${id}/` });

describe('contributors in the frontmatter', () => {
  it('default to none, and take an author id with one of the six roles', () => {
    expect(schema.parse(valid).contributors).toEqual([]);
    const contributors = CONTRIBUTOR_ROLES.map((role) => ({ id: 'ines-amaral', role }));
    expect(schema.parse({ ...valid, contributors }).contributors).toEqual(contributors);
  });

  it('refuse an unknown role with the list of roles, and the same person twice in one role', () => {
    const wrong = schema.safeParse({ ...valid, contributors: [{ id: 'ines-amaral', role: 'photos' }] });
    expect(wrong.error?.issues[0]?.message).toBe(`choose one of: ${CONTRIBUTOR_ROLES.join(', ')}`);
    const twice = schema.safeParse({
      ...valid,
      contributors: [
        { id: 'ines-amaral', role: 'translation' },
        { id: 'ines-amaral', role: 'photography' },
        { id: 'ines-amaral', role: 'translation' },
      ],
    });
    expect(twice.error?.issues.map((i) => [i.path.join('.'), i.code === 'custom' ? i.params?.['kind'] : undefined])).toEqual([
      ['contributors.2', 'DuplicateContributor'],
    ]);
  });
});

describe("authors' profiles elsewhere (sameAs)", () => {
  it('take https addresses only, each once', () => {
    expect(authorSchema.parse({ name: 'A' }).sameAs).toEqual([]);
    expect(authorSchema.parse({ name: 'A', sameAs: ['https://social.example/@a'] }).sameAs).toEqual([
      'https://social.example/@a',
    ]);
    for (const bad of ['http://a.example/', 'javascript:alert(1)', '@a@social.example', 'https://localhost/a'])
      expect(authorSchema.safeParse({ name: 'A', sameAs: [bad] }).success, bad).toBe(false);
    const twice = authorSchema.safeParse({ name: 'A', sameAs: ['https://a.example/', 'https://a.example/'] });
    expect(twice.error?.issues.map((i) => i.path.join('.'))).toEqual(['sameAs.1']);
  });

  it('read as host and path on the author page', () => {
    expect(profileLabel('https://www.example.com/')).toBe('example.com');
    expect(profileLabel('https://social.example/@ines/')).toBe('social.example/@ines');
  });
});

describe('the checker', () => {
  checkMistakes(BYLINE_MISTAKES);
});

const contributors = shapeContributors(
  [
    { id: 'ines-amaral', role: 'photography' },
    { id: 'priya-raman', role: 'additional-reporting' },
    { id: 'ines-amaral', role: 'translation' },
    { id: 'priya-raman', role: 'reporting' },
    { id: 'tomas-lind', role: 'editing' },
  ],
  byline,
);
const story = {
  authors: [byline('tomas-lind')],
  contributors,
  data: { authors: ['tomas-lind'], contributors: [] },
} as unknown as Story;

describe('credits shaped for the page', () => {
  it('group by role in the order a newsroom prints them, roles of the same people on one line', () => {
    const line = (l: { label: string; people: { name: string }[] }) => `${l.label} ${l.people.map((p) => p.name).join(', ')}`;
    expect(creditLines(contributors).map(line)).toEqual([
      'Reporting and additional reporting by Priya Raman',
      'Translation and photography by Ines Amaral',
      'Edited by Tomas Lind',
    ]);
    const team = shapeContributors(
      [
        { id: 'ines-amaral', role: 'graphics' },
        { id: 'priya-raman', role: 'photography' },
        { id: 'ines-amaral', role: 'photography' },
        { id: 'tomas-lind', role: 'translation' },
      ],
      byline,
    );
    expect(creditLines(team).map(line)).toEqual([
      'Translated by Tomas Lind',
      'Photography by Priya Raman, Ines Amaral',
      'Graphics by Ines Amaral',
    ]);
  });

  it('say what someone did on a story that is not theirs, for their author page', () => {
    expect(contributionNote(story, 'ines-amaral')).toBe('Credited for translation and photography');
    expect(contributionNote(story, 'tomas-lind')).toBeUndefined();
    expect(contributionNote(story, 'mara-okafor')).toBeUndefined();
  });
});

describe('credits in JSON-LD', () => {
  it('make reporters authors, and name contributors, editors and translators once each', () => {
    const ld = storyPeopleLd(story);
    const names = (people: { name?: unknown }[] | undefined) => people?.map((p) => p.name);
    expect(names(ld.author)).toEqual(['Tomas Lind', 'Priya Raman']);
    expect(names(ld.contributor)).toEqual(['Ines Amaral', 'Priya Raman']);
    expect(names(ld.translator)).toEqual(['Ines Amaral']);
    // The byline's author edited too: a Person under `editor` as well.
    expect(names(ld.editor)).toEqual(['Tomas Lind']);
    expect(ld.author[0]).toMatchObject({
      '@type': 'Person',
      url: expect.stringMatching(/^https?:\/\/.+\/authors\/tomas-lind\/$/),
    });
  });

  it('leave out the properties nobody fills', () => {
    const plain = { ...story, contributors: [] } as unknown as Story;
    expect(Object.keys(storyPeopleLd(plain))).toEqual(['author']);
  });
});
