import { defineKind, quoted } from './kind.ts';

const tagList = (tags: readonly string[]) => tags.map((t) => `<${t}>`).join(', ');

/** Markup in the text fields shown as plain text: the headline, dek, dateline, captions, alt text, credits. */
export const TEXT_KINDS = {
  FormattingStripped: defineKind({
    title: 'Formatting tags in a text field',
    severity: 'warning',
    message: (v: { tags: readonly string[]; shown: string }) =>
      `${tagList(v.tags)} removed, the words kept: readers see ${quoted(v.shown)}`,
    hint: 'delete the tags: this field is plain text everywhere it is shown (quotes and dashes are set for you)',
    example: { tags: ['strong'], shown: 'Lead. Council votes to close the ferry pier' },
  }),
  TagInText: defineKind({
    title: 'HTML in a text field',
    severity: 'error',
    message: (v: { tags: readonly string[]; value: string }) =>
      `${tagList(v.tags)} cannot be shown in plain text (in ${quoted(v.value)})`,
    hint: 'delete the tag: this field is plain text; to show a < or > sign, write &lt; or &gt;',
    example: { tags: ['img'], value: 'Harbour at dawn <img src="x.jpg">' },
  }),
};
