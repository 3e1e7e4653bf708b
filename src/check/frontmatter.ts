import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node as YamlNode } from 'yaml';

export interface ParsedSource {
  /** Frontmatter as plain data (dates stay strings: the schema reads them in the site zone). */
  data: unknown;
  body: string;
  /** 1-based line of the file on which the body starts. */
  bodyLine: number;
  /** 1-based line where the value at `path` is written, or the nearest parent that is. */
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
  /** Dotted path of the innermost field written on `line` of the file, if the line is in the frontmatter. */
  fieldAt: (line: number) => string | undefined;
  /** Syntax problems: the file cannot be read as frontmatter plus Markdown. */
  errors: { line: number; message: string; hint: string }[];
}

const FENCE = /^---[ \t]*$/;
const TAB_HINT = 'indent with spaces, not tabs (two spaces per level)';
const YAML_HINT = 'check indentation, and put text containing ": " or starting with [ { * & ! | > \' " % @ ` in quotes';

/** Splits `---` YAML frontmatter from the Markdown body, tolerating a BOM and Windows line endings. */
export function parseSource(text: string): ParsedSource {
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lines = normalized.split('\n');
  const none = { data: {}, body: '', bodyLine: 1, lineOf: () => undefined, fieldAt: () => undefined };
  if (!FENCE.test(lines[0] ?? '')) {
    const hint = 'put the frontmatter between two lines of `---` at the very top';
    return { ...none, body: normalized, errors: [{ line: 1, message: 'the file does not start with `---`', hint }] };
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
  // Lines inside the frontmatter are counted from the opening fence, which is line 1 of the file.
  const lineAt = (offset: number) => counter.linePos(offset).line + 1;
  const errors = doc.errors.map((e) => ({
    line: (e.linePos?.[0].line ?? 0) + 1,
    message: `the frontmatter is not valid YAML: ${e.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '')}`,
    hint:
      e.code === 'DUPLICATE_KEY'
        ? 'this field is written twice: keep one of them'
        : e.code === 'TAB_AS_INDENT'
          ? TAB_HINT
          : YAML_HINT,
  }));
  if (!errors.length && doc.contents && !isMap(doc.contents)) {
    errors.push({
      line: lineAt(doc.contents.range?.[0] ?? 0),
      message: 'the frontmatter is not a set of fields',
      hint: 'write one `field: value` per line, e.g. `headline: Bridge vote delayed`',
    });
  }
  // The line of the deepest part of `path` that is written: a field's key, or a list item.
  const lineOf = (path: readonly PropertyKey[]): number | undefined => {
    for (let n = path.length; n > 0; n--) {
      const parent: unknown = n === 1 ? doc.contents : doc.getIn(path.slice(0, n - 1) as unknown[], true);
      const key = path[n - 1];
      let node: YamlNode | null | undefined;
      if (isMap(parent)) node = parent.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === key)?.key as YamlNode;
      else if (isSeq(parent) && typeof key === 'number') node = parent.items[key] as YamlNode | undefined;
      if (node?.range) return lineAt(node.range[0]);
    }
    return lineAt(doc.contents?.range?.[0] ?? 0);
  };
  return {
    data: errors.length ? {} : (doc.toJS() ?? {}),
    // A slice, not a joined copy: V8 keeps it as a view into the file's text, which the build holds
    // anyway (about 8 KB a story, 800 MB at 100,000 stories).
    body: normalized.slice(lines.slice(0, end + 1).reduce((n, l) => n + l.length + 1, 0)),
    bodyLine: end + 2,
    lineOf,
    fieldAt: (line) => fieldAt(doc, line, lineAt),
    errors,
  };
}

/**
 * `lineOf` for a story kept for the whole build: it parses the frontmatter again when asked (only when
 * a problem is reported), because holding every story's YAML document costs ~150 KB a story.
 */
export const lazyLineOf =
  (text: string) =>
  (path: readonly PropertyKey[]): number | undefined =>
    parseSource(text).lineOf(path);

/** Walks maps and lists down to the innermost entry whose text spans `line`. */
function fieldAt(doc: Document, line: number, lineAt: (offset: number) => number): string | undefined {
  const path: string[] = [];
  let node: unknown = doc.contents;
  const spans = (from: number | undefined, to: number | undefined) =>
    from !== undefined && to !== undefined && lineAt(from) <= line && line <= lineAt(Math.max(from, to - 1));
  for (;;) {
    if (isMap(node)) {
      const pair = node.items.find((p) => {
        const key = (p.key as YamlNode | null)?.range;
        return spans(key?.[0], (p.value as YamlNode | null)?.range?.[1] ?? key?.[1]);
      });
      if (!pair) break;
      path.push(String(isScalar(pair.key) ? pair.key.value : pair.key));
      node = pair.value;
    } else if (isSeq(node)) {
      const i = node.items.findIndex((item) => spans((item as YamlNode).range?.[0], (item as YamlNode).range?.[1]));
      if (i < 0) break;
      path.push(String(i));
      node = node.items[i];
    } else break;
  }
  return path.length ? path.join('.') : undefined;
}
