import { CONTRIBUTOR_ROLES, ROLE_WORDS } from '../model/contributor-roles.ts';
import { DATE_FORMAT, DATE_TIME_FORMAT } from './date-formats.ts';
import type { FieldSpec } from './story-fields.ts';

const text = (label: string): FieldSpec => ({ label, widget: () => ({ widget: 'string' }) });
const paragraph = (label: string): FieldSpec => ({ label, widget: () => ({ widget: 'text' }) });
const dateTime = (label: string, extra: Record<string, unknown> = {}): FieldSpec => ({
  // The time is the paper's, whatever the zone of the editor's computer: the label says which.
  label: ({ site }) => `${label} (${site.timezone} time)`,
  // Written as editors write it (`2026-11-23 08:15`), read in the site's zone by the schema.
  widget: () => ({
    widget: 'datetime',
    format: DATE_TIME_FORMAT,
    date_format: 'D MMMM YYYY',
    time_format: 'HH:mm',
    picker_utc: false,
    ...extra,
  }),
});
/** A list of short texts, typed with commas between them. */
const commaList = (label: string): FieldSpec => ({ label, widget: () => ({ widget: 'list', allow_add: true }) });

/** The photo files the checker reads (src/check/photo-file.ts), refused in the editor already. */
const PHOTO_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp', 'avif', 'heic', 'heif', 'gif', 'tif', 'tiff', 'svg'];
const anyCase = (word: string) => [...word].map((c) => `[${c}${c.toUpperCase()}]`).join('');
/** Decap's `pattern`: a regular expression the value must match, and the message when it does not. */
export const photoPattern = [
  `\\.(${PHOTO_EXTENSIONS.map(anyCase).join('|')})$`,
  'Choose a photo: a JPEG, PNG, WebP, AVIF, HEIF, GIF, TIFF or SVG file',
];

/** A pick-list of the stories already in the paper, searched by headline, saving the story's id. */
export const storyPicker = {
  widget: 'relation',
  collection: 'stories',
  value_field: '{{filename}}',
  search_fields: ['headline'],
  display_fields: ['headline'],
};

/** A pick-list of the paper's authors, searched by name, saving the author's id. */
const authorPicker = {
  widget: 'relation',
  collection: 'authors',
  value_field: '{{filename}}',
  search_fields: ['name'],
  display_fields: ['name'],
};

/**
 * Every story field the browser editor shows, by its path in the schema (`hero.credit.source`;
 * `related[].id` for a field of each item of a list). The schema (src/model/schemas/) says what a
 * field holds, its help text and whether it is required; this table says only how it is edited.
 * A schema field missing here stops the build and fails tests/unit/cms-config.test.ts.
 */
export const STORY_FIELDS: Readonly<Record<string, FieldSpec>> = {
  headline: text('Headline'),
  dateline: text('Dateline'),
  dek: paragraph('Dek (standfirst)'),
  section: {
    label: 'Section',
    widget: ({ site }) => ({ widget: 'select', options: site.sections.map((s) => ({ label: s.name, value: s.id })) }),
  },
  authors: { label: 'Authors', widget: () => ({ ...authorPicker, multiple: true, min: 1 }) },
  contributors: {
    label: 'Contributors',
    widget: () => ({ widget: 'list', collapsed: true, label_singular: 'contributor', summary: '{{fields.role}}: {{fields.id}}' }),
  },
  'contributors[].id': { label: 'Who', widget: () => ({ ...authorPicker, multiple: false }) },
  'contributors[].role': {
    label: 'Role',
    widget: () => ({
      widget: 'select',
      options: CONTRIBUTOR_ROLES.map((value) => ({ value, label: ROLE_WORDS[value].name })),
    }),
  },
  published: dateTime('Published', { default: '{{now}}' }),
  updated: dateTime('Updated'),
  tags: commaList('Tags'),
  // No draft by default: in the browser the review workflow (a pull request) is what holds a story back.
  draft: { label: 'Draft', widget: () => ({ widget: 'boolean' }) },
  hero: { label: 'Lead photo', widget: () => ({ widget: 'object', collapsed: false }) },
  'hero.src': { label: 'Photo', widget: () => ({ widget: 'image', choose_url: false, pattern: photoPattern }) },
  'hero.alt': text('Alt text'),
  'hero.caption': paragraph('Caption'),
  // One widget for the whole credit: a pasted wire line or the fields, and the photo's own credit on offer.
  'hero.credit': { label: 'Credit', widget: () => ({ widget: 'broadsheet-credit' }) },
  'hero.credit.source': text('Agency or supplier'),
  'hero.credit.photographer': text('Photographer'),
  'hero.credit.location': text('Place'),
  'hero.credit.date': {
    label: 'Day taken',
    widget: () => ({ widget: 'datetime', format: DATE_FORMAT, date_format: 'D MMMM YYYY', time_format: false }),
  },
  'hero.credit.caption': paragraph("Agency's caption"),
  'hero.credit.copyright': text('Copyright notice'),
  'hero.credit.license': text('Licence URL'),
  'hero.credit.licensePage': text('Licensing page URL'),
  'hero.focal': { label: 'Focal point', widget: () => ({ widget: 'object', collapsed: true }) },
  'hero.focal.x': { label: 'From the left (%)', widget: () => ({ widget: 'number', value_type: 'float', min: 0, max: 100 }) },
  'hero.focal.y': { label: 'From the top (%)', widget: () => ({ widget: 'number', value_type: 'float', min: 0, max: 100 }) },
  breadcrumbs: { label: 'Breadcrumbs', widget: () => ({ widget: 'list', collapsed: true, label_singular: 'step' }) },
  'breadcrumbs[].label': text('Label'),
  'breadcrumbs[].href': text('Link'),
  related: {
    label: 'Related stories',
    widget: () => ({ widget: 'list', label_singular: 'related story', summary: '{{fields.id}}' }),
  },
  'related[].id': { label: 'Story', widget: () => storyPicker },
  'related[].label': text('Label'),
  corrections: {
    label: 'Corrections',
    widget: () => ({ widget: 'list', label_singular: 'correction', summary: '{{fields.date}}: {{fields.text}}' }),
  },
  'corrections[].date': dateTime('When'),
  'corrections[].text': paragraph('What was corrected'),
  redirectFrom: commaList('Old addresses'),
  live: { label: 'Live blog', widget: () => ({ widget: 'object', collapsed: true }) },
  'live.start': dateTime('Coverage started'),
  'live.end': dateTime('Coverage ended'),
  'live.status': {
    label: 'Live status',
    widget: () => ({ widget: 'select', options: ['live', 'paused', 'ended'] }),
  },
  // Key points are sentences with commas in them: one text box each, not a comma-separated line.
  'live.keyPoints': {
    label: 'Key points',
    widget: () => ({
      widget: 'list',
      label_singular: 'key point',
      field: { label: 'Key point', name: 'point', widget: 'string' },
    }),
  },
};

/** Every author field, by the same rules. */
export const AUTHOR_FIELDS: Readonly<Record<string, FieldSpec>> = {
  name: text('Name'),
  role: text('Job title'),
  bio: paragraph('Biography'),
  sameAs: { label: 'Profiles elsewhere (https addresses)', widget: () => ({ widget: 'list', allow_add: true }) },
  // Portraits live in images/authors/ beside the stories' photos; the path saved is relative to the author file.
  photo: {
    label: 'Portrait',
    widget: ({ content }) => ({
      widget: 'image',
      choose_url: false,
      media_folder: `/${content}/images/authors`,
      public_folder: '../images/authors',
    }),
  },
};
