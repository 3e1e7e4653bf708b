import { defineKind } from './kind.ts';

/** Problems with the site's settings that stop content from being published. */
export const SITE_KINDS = {
  ReservedSectionId: defineKind({
    title: "Section id the site's own pages use",
    severity: 'error',
    message: (v: { id: string }) => `the section id "${v.id}" is used by the site's own pages`,
    hint: 'rename the section: its id is the first part of the address of its pages',
    example: { id: 'tags' },
  }),
};
