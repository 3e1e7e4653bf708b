import { BODY_KINDS } from './body.ts';
import { COPY_DESK_KINDS } from './copy-desk.ts';
import { DIRECTIVE_KINDS } from './directives.ts';
import { EMBED_KINDS } from './embeds.ts';
import { FIELD_KINDS } from './fields.ts';
import { FILE_KINDS } from './file.ts';
import type { AnyProblemKind } from './kind.ts';
import { LINK_KINDS, SITE_KINDS } from './links.ts';
import { LIVE_KINDS } from './live.ts';
import { MARKUP_KINDS } from './markup.ts';
import { PHOTO_KINDS } from './photos.ts';
import { TEXT_KINDS } from './text.ts';
import { VALUE_KINDS } from './values.ts';

export type { AnyProblemKind, ProblemKind, Severity } from './kind.ts';

/** The catalogue by area, in the order docs/problems.md lists them. */
export const AREAS: readonly { title: string; kinds: Readonly<Record<string, AnyProblemKind>> }[] = [
  { title: 'The file', kinds: FILE_KINDS },
  { title: 'Fields', kinds: FIELD_KINDS },
  { title: 'Field values', kinds: VALUE_KINDS },
  { title: 'Text fields', kinds: TEXT_KINDS },
  { title: 'The body', kinds: BODY_KINDS },
  { title: 'Links, HTML and structure in the body', kinds: MARKUP_KINDS },
  { title: 'Boxes and other directives in the body', kinds: DIRECTIVE_KINDS },
  { title: 'Photos', kinds: PHOTO_KINDS },
  { title: 'Embeds', kinds: EMBED_KINDS },
  { title: 'Live blogs', kinds: LIVE_KINDS },
  { title: 'Links and redirects', kinds: LINK_KINDS },
  { title: 'The copy desk', kinds: COPY_DESK_KINDS },
  { title: 'The site config', kinds: SITE_KINDS },
];

/** Every problem the checker can report, by name: the one place their words are written. */
export const CATALOGUE = {
  ...FILE_KINDS,
  ...FIELD_KINDS,
  ...VALUE_KINDS,
  ...TEXT_KINDS,
  ...BODY_KINDS,
  ...MARKUP_KINDS,
  ...DIRECTIVE_KINDS,
  ...PHOTO_KINDS,
  ...EMBED_KINDS,
  ...LIVE_KINDS,
  ...LINK_KINDS,
  ...COPY_DESK_KINDS,
  ...SITE_KINDS,
};

/** The catalogue's type: each kind's name with its entry, whose message's parameter types its values. */
export type Catalogue = typeof CATALOGUE;
/** The name of a kind of problem, e.g. `UnknownSection`: `kind` in `npm run check -- --format json`. */
export type ProblemKindName = keyof Catalogue;
/** What a kind's message is made from: nothing, or one object of values. */
export type ValuesOf<K extends ProblemKindName> = Parameters<Catalogue[K]['message']>;
