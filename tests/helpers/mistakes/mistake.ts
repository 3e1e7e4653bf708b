import type { ProblemKindName } from '../../../src/check/catalogue/index.ts';
import { article } from '../content-copy.ts';

/**
 * One editor mistake and the one error it must cause. Line numbers count from the opening `---`
 * (line 1); `article()` writes headline, dek, section, authors, published on lines 2–6, any new
 * field from line 7, and a body starting two lines after the closing `---`.
 */
export interface Mistake {
  /** What the editor did. */
  mistake: string;
  /** The broken file, relative to the content folder. */
  file: string;
  /** The catalogue entry the error must be of. */
  kind: ProblemKindName;
  text: string | Buffer;
  /** Where the one error must point: `undefined` means "the whole file" (line) or "the body" (field). */
  line: number | undefined;
  field: string | undefined;
  message: RegExp;
  hint: RegExp;
}

/** `lines` indented under `hero:`. */
export const hero = (lines: string) => `\n  ${lines.split('\n').join('\n  ')}`;
/** A lead photo that exists, with its alt text. */
export const quay = 'src: ../images/harbour.jpg\nalt: Boats at the quay';
/** A valid story with `text` as its body. */
export const body = (text: string) => article({}, text);
