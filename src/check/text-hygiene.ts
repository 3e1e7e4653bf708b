import { problem } from './problems.ts';

/**
 * Invisible characters that sneak in when text is pasted from other programs. Control characters
 * other than tab and newline are not allowed in HTML text and mean nothing to a reader, so the
 * checker names them rather than letting them reach a page, a feed or a search snippet. The same
 * for noncharacters (U+FFFE, U+FFFF, U+FDD0…): Unicode reserves them for a program's own use, XML
 * forbids them, so a feed or the content store would fail on one in the build.
 */
const CONTROL = /(?![\t\n\r])\p{Cc}|\p{Noncharacter_Code_Point}/u;

/** A body longer than this is almost certainly a paste gone wrong (a whole document, a data dump). */
export const MAX_BODY_BYTES = 200 * 1024;
/**
 * A story's frontmatter, or an author file: a few hundred bytes as a rule, a few KB with a long list
 * of corrections. Past this it is a paste; 40,000 pasted keys took the checker 31 s before this limit.
 */
export const MAX_YAML_BYTES = 32 * 1024;
/** Fields, list items and values in one YAML text: a story has a few dozen. */
export const MAX_YAML_VALUES = 2_000;
/** A whole story file: its body and frontmatter at their limits, and the fences. Larger files are not read. */
export const MAX_STORY_FILE_BYTES = MAX_BODY_BYTES + MAX_YAML_BYTES + 1024;

export const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

export interface ControlChar {
  /** Field path in the frontmatter data, empty for the body. */
  path: (string | number)[];
  char: string;
}

/** Every string in parsed frontmatter that holds a control character, with the first one found. */
export function controlCharsInData(value: unknown, path: (string | number)[] = []): ControlChar[] {
  if (typeof value === 'string') {
    const char = CONTROL.exec(value)?.[0];
    return char ? [{ path, char }] : [];
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => controlCharsInData(v, [...path, i]));
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.entries(value).flatMap(([k, v]) => controlCharsInData(v, [...path, k]));
  }
  return [];
}

/** Lines of the body (counted in the whole file) holding a control character. */
export function controlCharLines(body: string, firstLine: number): { line: number; char: string }[] {
  return body.split('\n').flatMap((text, i) => {
    const char = CONTROL.exec(text)?.[0];
    return char ? [{ line: firstLine + i, char }] : [];
  });
}

/** A problem for every field of parsed YAML that holds a control character. */
export function controlCharProblems(data: unknown, file: string, lineOf: (path: readonly PropertyKey[]) => number | undefined) {
  return controlCharsInData(data).map(({ path, char }) =>
    problem(
      'ControlCharacter',
      { file, line: lineOf(path), field: path.join('.') },
      { char: codePoint(char), place: 'the text' },
    ),
  );
}
