import { article } from '../content-copy.ts';
import { type Mistake, body } from './mistake.ts';

/** The Markdown body, and invisible characters anywhere. */
export const BODY_MISTAKES: Mistake[] = [
  {
    mistake: 'empty body',
    file: 'articles/empty.md',
    kind: 'EmptyBody',
    text: body(''),
    line: 8,
    field: undefined,
    message: /no body text/,
    hint: /below the closing `---`/,
  },
  {
    mistake: 'enormous body (a pasted data dump)',
    file: 'articles/huge.md',
    kind: 'BodyTooLarge',
    text: body(`${'word '.repeat(45_000)}\n`),
    line: 9,
    field: undefined,
    message: /body is 220 KB, over the 200 KB limit/,
    hint: /pasted document/,
  },
  {
    mistake: 'control character pasted into the headline',
    file: 'articles/bell.md',
    kind: 'ControlCharacter',
    text: article({ headline: 'Bell\u0007 rings at noon' }),
    line: 2,
    field: 'headline',
    message: /control character U\+0007/,
    hint: /delete it/,
  },
  {
    mistake: 'control character written as a YAML escape',
    file: 'articles/escape-code.md',
    kind: 'ControlCharacter',
    text: article({ dek: '"Red \\e[31m text"' }),
    line: 3,
    field: 'dek',
    message: /control character U\+001B/,
    hint: /delete it/,
  },
  {
    mistake: 'Word line break (vertical tab) in the body',
    file: 'articles/vtab.md',
    kind: 'ControlCharacter',
    text: body('First line\u000bsecond line.\n'),
    line: 9,
    field: undefined,
    message: /control character U\+000B/,
    hint: /delete it/,
  },
];
