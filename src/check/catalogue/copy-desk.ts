import { defineKind } from './kind.ts';

const ALT_HINT = 'say what the photo shows, e.g. "Councillors vote in the Assembly chamber"';

/** What a copy desk would query before a story goes out: warnings, never errors. */
export const COPY_DESK_KINDS = {
  MissingDek: defineKind({
    title: 'No dek',
    severity: 'warning',
    message: () => 'no dek (standfirst)',
    hint: 'add `dek:` with one sentence summing up the story',
  }),
  LongHeadline: defineKind({
    title: 'Headline too long for search results',
    severity: 'warning',
    message: (v: { length: number; maximum: number }) => `the headline is ${v.length} characters long`,
    hint: (v) => `keep it under ${v.maximum} so search results show it whole`,
    example: { length: 114, maximum: 110 },
  }),
  LongDek: defineKind({
    title: 'Dek too long',
    severity: 'warning',
    message: (v: { length: number; maximum: number }) => `the dek is ${v.length} characters long`,
    hint: (v) => `keep it under ${v.maximum}`,
    example: { length: 201, maximum: 200 },
  }),
  VagueAlt: defineKind({
    title: 'Alt text that does not describe the photo',
    severity: 'warning',
    message: (v: { alt: string }) => `"${v.alt}" does not describe the photo`,
    hint: ALT_HINT,
    example: { alt: 'IMG_2041.jpg' },
  }),
  NoRelatedLinks: defineKind({
    title: 'Story linking to no other story',
    severity: 'warning',
    message: () => 'the story links to no other story',
    hint: 'add `related:` ids, or a line `Read More: [[id]]`',
  }),
  DraftLinkToUnpublished: defineKind({
    title: 'Draft linking to a story not out yet',
    severity: 'warning',
    message: (v: { id: string; why: 'a draft' | 'not out yet' }) => `related link to "${v.id}", which is ${v.why}`,
    hint: 'it must be out before this story is published',
    example: { id: 'budget-analysis', why: 'a draft' },
  }),
  DuplicateHeadline: defineKind({
    title: 'Headline another story has',
    severity: 'warning',
    message: (v: { others: readonly string[] }) =>
      `the same headline as ${v.others.slice(0, 3).join(', ')}${v.others.length > 3 ? ` and ${v.others.length - 3} more` : ''}`,
    hint: 'readers and search engines cannot tell the stories apart: reword one of them',
    example: { others: ['content/articles/politics/harbour-fees.md'] },
  }),
  PlaceholderBody: defineKind({
    title: 'Placeholder text left in',
    severity: 'warning',
    message: () => 'the placeholder text from `npm run new` is still in the story',
    hint: 'replace it with the story',
  }),
};
