import type { Person } from 'schema-dts';
import type { ContributorRole } from '../model/schemas/contributor.ts';
import { absoluteUrl } from '../model/urls.ts';
import type { Byline, Story } from '../site/stories.ts';
import site from '../site.config.ts';

/** A journalist as schema.org's Person: name, author page and job title. */
export interface PersonLd {
  '@type': 'Person';
  name: string;
  url: string;
  jobTitle?: string;
}

export const personLd = (a: Byline): PersonLd =>
  ({
    '@type': 'Person',
    name: a.name,
    url: absoluteUrl(site.url, a.url),
    ...(a.role && { jobTitle: a.role }),
  }) satisfies Person;

/**
 * Which NewsArticle property credits each role: reporters are authors (as Google reads bylines),
 * translators and editors have their own properties, and the rest are contributors.
 */
type Property = 'author' | 'contributor' | 'editor' | 'translator';
const PROPERTY: Record<ContributorRole, Property> = {
  reporting: 'author',
  'additional-reporting': 'contributor',
  translation: 'translator',
  photography: 'contributor',
  graphics: 'contributor',
  editing: 'editor',
};

/** Everyone a story credits, by the property that names them; a property without people is left out. */
export function storyPeopleLd(story: Story): {
  author: PersonLd[];
  contributor?: PersonLd[];
  editor?: PersonLd[];
  translator?: PersonLd[];
} {
  const people: Record<Property, PersonLd[]> = {
    author: story.authors.map(personLd),
    contributor: [],
    editor: [],
    translator: [],
  };
  const seen = new Set(story.authors.map((a) => `author ${a.id}`));
  for (const c of story.contributors) {
    const property = PROPERTY[c.contribution];
    // Someone credited twice under one property (photos and graphics) is one Person there.
    if (seen.has(`${property} ${c.id}`)) continue;
    seen.add(`${property} ${c.id}`);
    people[property].push(personLd(c));
  }
  const { author, contributor, editor, translator } = people;
  return {
    author,
    ...(contributor.length > 0 && { contributor }),
    ...(editor.length > 0 && { editor }),
    ...(translator.length > 0 && { translator }),
  };
}
