import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';

export interface ParsedSource {
  /** Frontmatter as plain data (dates stay strings: the schema reads them in the site zone). */
  data: unknown;
  body: string;
  /** 1-based line of the file on which the body starts. */
  bodyLine: number;
  /** 1-based line where the value at `path` is written, or the nearest parent that is. */
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
  /** Syntax problems: the file cannot be read as frontmatter plus Markdown. */
  errors: { line: number; message: string; hint: string }[];
}

const FENCE = /^---[ \t]*$/;

/** Splits `---` YAML frontmatter from the Markdown body, tolerating a BOM and Windows line endings. */
export function parseSource(text: string): ParsedSource {
  const lines = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  const none = { data: {}, body: '', bodyLine: 1, lineOf: () => undefined };
  if (!FENCE.test(lines[0] ?? '')) {
    return {
      ...none,
      body: lines.join('\n'),
      errors: [
        {
          line: 1,
          message: 'the file does not start with `---`',
          hint: 'put the frontmatter between two lines of `---` at the very top',
        },
      ],
    };
  }
  const end = lines.findIndex((l, i) => i > 0 && FENCE.test(l));
  if (end < 0) {
    return {
      ...none,
      errors: [{ line: 1, message: 'the frontmatter is never closed', hint: 'add a line `---` after the last field' }],
    };
  }
  const counter = new LineCounter();
  const doc = parseDocument(lines.slice(1, end).join('\n'), { lineCounter: counter, uniqueKeys: true, prettyErrors: true });
  const errors = doc.errors.map((e) => ({
    line: (e.linePos?.[0].line ?? 0) + 1,
    message: `the frontmatter is not valid YAML: ${e.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '')}`,
    hint: 'check indentation, and put text containing ": " or starting with [ { * & ! | > \' " % @ ` in quotes',
  }));
  const lineOf = (path: readonly PropertyKey[]): number | undefined => {
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n) as unknown[], true) as YamlNode | undefined;
      const offset = (isScalar(node) || isMap(node) || isSeq(node)) && node.range ? node.range[0] : undefined;
      if (offset !== undefined) return counter.linePos(offset).line + 1;
    }
    return undefined;
  };
  return {
    data: errors.length ? {} : (doc.toJS() ?? {}),
    body: lines.slice(end + 1).join('\n'),
    bodyLine: end + 2,
    lineOf,
    errors,
  };
}
