import { z } from 'astro/zod';
import { CONTRIBUTOR_ROLES } from '../contributor-roles.ts';

export { CONTRIBUTOR_ROLES, ROLE_WORDS, type ContributorRole } from '../contributor-roles.ts';

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
