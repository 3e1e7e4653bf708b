import { CONTRIBUTOR_ROLES, ROLE_WORDS, type Contributor, type ContributorRole } from '../model/schemas/contributor.ts';
import type { Byline, Story } from './stories.ts';

/** Someone credited on a story besides its byline, shaped for pages, JSON-LD and feeds. */
export interface StoryContributor extends Byline {
  /** What they did (`role` is the author's job title, as in every byline). */
  contribution: ContributorRole;
}

/** One line of the credits after the byline: "Translated by Ana Vidal and Jo Park". */
export interface CreditLine {
  /** The roles the line credits: one, or several for the same people ("Translation and photography by"). */
  contributions: ContributorRole[];
  /** "Translated by", "Additional reporting by", "Translation and photography by"… */
  label: string;
  people: StoryContributor[];
}

export function shapeContributors(list: readonly Contributor[], byline: (id: string) => Byline): StoryContributor[] {
  return list.map((c) => ({ ...byline(c.id), contribution: c.role }));
}

/**
 * The credits grouped by role, in the order a newsroom prints them, each person in the order written;
 * roles held by exactly the same people share a line, as print does: "Translation and photography by Ines Amaral".
 */
export function creditLines(contributors: readonly StoryContributor[]): CreditLine[] {
  const lines: CreditLine[] = [];
  for (const role of CONTRIBUTOR_ROLES) {
    const people = contributors.filter(
      (c, i) => c.contribution === role && contributors.findIndex((d) => d.id === c.id && d.contribution === role) === i,
    );
    if (!people.length) continue;
    const same = lines.find((l) => l.people.map((p) => p.id).join() === people.map((p) => p.id).join());
    if (same) same.contributions.push(role);
    else lines.push({ contributions: [role], label: '', people });
  }
  return lines.map((line) => ({ ...line, label: lineLabel(line.contributions) }));
}

/** "a", "a and b", "a, b and c": as the byline joins names. */
const andList = (words: readonly string[]) =>
  words.length < 2 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)!}`;

function lineLabel(roles: readonly ContributorRole[]): string {
  if (roles.length === 1) return ROLE_WORDS[roles[0]!].credit;
  return `${andList(roles.map((r, i) => (i === 0 ? ROLE_WORDS[r].name : ROLE_WORDS[r].name.toLowerCase())))} by`;
}

/**
 * What `authorId` did for `story` when they are credited but not in its byline ("Credited for
 * photography", "Credited for translation and editing"), for the note beside the story on their author
 * page; undefined for their own stories.
 */
export function contributionNote(story: Story, authorId: string): string | undefined {
  if (story.data.authors.includes(authorId)) return undefined;
  const roles = CONTRIBUTOR_ROLES.filter((r) => story.contributors.some((c) => c.id === authorId && c.contribution === r));
  return roles.length ? `Credited for ${andList(roles.map((r) => ROLE_WORDS[r].name.toLowerCase()))}` : undefined;
}

/** Everyone a story credits, byline first: whose page lists the story. */
export const creditedIds = (story: Story): Set<string> =>
  new Set([...story.data.authors, ...story.data.contributors.map((c) => c.id)]);

/** How a profile address reads as a link: `social.example/@mara`, the host without `www.`. */
export function profileLabel(url: string): string {
  const { hostname, pathname } = new URL(url);
  return `${hostname.replace(/^www\./, '')}${pathname === '/' ? '' : pathname.replace(/\/$/, '')}`;
}
