// No zod here: the browser editor's code (admin/client) reads these words too.

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
