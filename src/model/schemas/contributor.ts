import { z } from 'astro/zod';

/**
 * What someone other than the byline's authors did for a story, in the order a newsroom prints the
 * credits: reporting first, the desk's work last.
 */
export const CONTRIBUTOR_ROLES = [
  'reporting',
  'additional-reporting',
  'translation',
  'photography',
  'graphics',
  'editing',
] as const;

export type ContributorRole = (typeof CONTRIBUTOR_ROLES)[number];

/**
 * Each role's words: its `name` (the editor's pick-list, the author page's note on a story) and its
 * `credit`, as the line after the byline prints it ("Additional reporting by Tomas Lind").
 */
export const ROLE_WORDS: Readonly<Record<ContributorRole, { name: string; credit: string }>> = {
  reporting: { name: 'Reporting', credit: 'Reporting by' },
  'additional-reporting': { name: 'Additional reporting', credit: 'Additional reporting by' },
  translation: { name: 'Translation', credit: 'Translated by' },
  photography: { name: 'Photography', credit: 'Photography by' },
  graphics: { name: 'Graphics', credit: 'Graphics by' },
  editing: { name: 'Editing', credit: 'Edited by' },
};

const authorId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'use the author id: the file name in content/authors/ without .yaml' });

/** Someone credited on a story besides its byline: who, and what they did. */
export const contributorSchema = z.strictObject({
  /** Author id of the person credited (their file name in `content/authors/` without `.yaml`), e.g. `tomas-lind`. */
  id: authorId,
  /**
   * What they did: `reporting`, `additional-reporting`, `translation`, `photography`, `graphics` or
   * `editing`. Printed after the byline, e.g. "Additional reporting by Tomas Lind".
   */
  role: z.enum(CONTRIBUTOR_ROLES, { error: `choose one of: ${CONTRIBUTOR_ROLES.join(', ')}` }),
});

export type Contributor = z.output<typeof contributorSchema>;

/** The place of each entry that repeats an earlier one (same person, same role): an editor's slip. */
export function repeatedContributors(list: readonly Contributor[]): number[] {
  const seen = new Set<string>();
  return list.flatMap((c, i) => {
    const key = `${c.id} ${c.role}`;
    if (seen.has(key)) return [i];
    seen.add(key);
    return [];
  });
}
