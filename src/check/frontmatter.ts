import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node as YamlNode } from 'yaml';
import type { YamlPart } from './catalogue/file.ts';
import { problem, type Problem } from './problems.ts';
import { MAX_YAML_BYTES, MAX_YAML_VALUES } from './text-hygiene.ts';

/** YAML read as fields, with the lines they are written on. */
export interface YamlFields {
  /** The fields as plain data (dates stay strings: the schema reads them in the site zone). */
  data: unknown;
  /** 1-based line where the value at `path` is written, or the nearest parent that is. */
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
  /** Dotted path of the innermost field written on `line` of the file, if the line is in the YAML. */
  fieldAt: (line: number) => string | undefined;
  /** Syntax problems: the text cannot be read as a set of fields. */
  errors: Problem[];
}

export interface ParsedSource extends YamlFields {
  body: string;
  /** 1-based line of the file on which the body starts. */
  bodyLine: number;
}

const FENCE = /^---[ \t]*$/;

/**
 * Reads YAML that starts on line `firstLine + 1` of `file`: a story's frontmatter (after its opening
 * `---`) or a whole author file. `part` names it in messages.
 */
export function parseFields(yaml: string, file: string, part: YamlPart, firstLine = 0): YamlFields {
  const unread = (error: Problem) => ({ data: {}, lineOf: () => undefined, fieldAt: () => undefined, errors: [error] });
  const bytes = Buffer.byteLength(yaml);
  if (bytes > MAX_YAML_BYTES) {
    const values = { part, kb: Math.ceil(bytes / 1024), limit: MAX_YAML_BYTES / 1024 };
    return unread(problem('YamlTooLarge', { file, line: firstLine + 1 }, values));
  }
  const counter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter: counter, uniqueKeys: true, prettyErrors: true });
  const lineAt = (offset: number) => counter.linePos(offset).line + firstLine;
  const count = countValues(doc);
  if (count > MAX_YAML_VALUES)
    return unread(problem('TooManyYamlValues', { file, line: firstLine + 1 }, { part, count, limit: MAX_YAML_VALUES }));
  const errors = doc.errors.map((e) => {
    const line = e.linePos ? e.linePos[0].line + firstLine : 1;
    const where = { file, line };
    if (e.code === 'DUPLICATE_KEY') {
      const key = /^\s*(?:-\s+)?["']?([^"':#]+)/.exec(yaml.split('\n')[line - firstLine - 1] ?? '')?.[1]?.trim() ?? '';
      return problem('DuplicateField', where, { part, key });
    }
    if (e.code === 'TAB_AS_INDENT') return problem('TabIndent', where, { part });
    const detail = e.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? '';
    return problem('InvalidYaml', where, { part, detail });
  });
  if (!errors.length && doc.contents && !isMap(doc.contents))
    errors.push(problem('NotAFieldList', { file, line: lineAt(doc.contents.range?.[0] ?? 0) }, { part }));
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
  let data: unknown = {};
  try {
    if (!errors.length) data = doc.toJS() ?? {};
  } catch (error) {
    // The yaml package refuses to expand aliases past a count (an alias bomb grows exponentially).
    if (!(error instanceof ReferenceError)) throw error;
    errors.push(problem('YamlAliasLimit', { file, line: firstLine + 1 }, { part }));
  }
  return {
    data,
    lineOf,
    fieldAt: (line) => fieldAt(doc, line, lineAt),
    errors,
  };
}

/** Fields, list items, values and aliases in the document, counted in one walk. */
function countValues(doc: Document): number {
  let count = 0;
  visit(doc, {
    Alias: () => void count++,
    Scalar: () => void count++,
    Map: () => void count++,
    Seq: () => void count++,
  });
  return count;
}

/** Where the frontmatter ends: its lines and the body after them, without reading the YAML. */
interface Split {
  lines: string[];
  /** Index of the closing fence's line; -1 when there is none, undefined when the file opens without one. */
  end: number | undefined;
  body: string;
  bodyLine: number;
}

function split(text: string): Split {
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lines = normalized.split('\n');
  if (!FENCE.test(lines[0] ?? '')) return { lines, end: undefined, body: normalized, bodyLine: 1 };
  const end = lines.findIndex((l, i) => i > 0 && FENCE.test(l));
  if (end < 0) return { lines, end, body: '', bodyLine: 1 };
  // A slice, not a joined copy: V8 keeps it as a view into the file's text, which the build holds
  // anyway (about 8 KB a story, 800 MB at 100,000 stories).
  const body = normalized.slice(lines.slice(0, end + 1).reduce((n, l) => n + l.length + 1, 0));
  return { lines, end, body, bodyLine: end + 2 };
}

/** The body of a story file whose frontmatter was read before (a checked file): no YAML is parsed. */
export const bodyOf = (text: string): string => split(text).body;

/** Splits `---` YAML frontmatter from the Markdown body, tolerating a BOM and Windows line endings. */
export function parseSource(text: string, file = ''): ParsedSource {
  const { lines, end, body, bodyLine } = split(text);
  const none = { data: {}, body: '', bodyLine: 1, lineOf: () => undefined, fieldAt: () => undefined };
  if (end === undefined) return { ...none, body, errors: [problem('NoFrontmatter', { file, line: 1 })] };
  if (end < 0) return { ...none, errors: [problem('UnclosedFrontmatter', { file, line: 1 })] };
  // Lines inside the frontmatter are counted from the opening fence, which is line 1 of the file.
  const fields = parseFields(lines.slice(1, end).join('\n'), file, 'the frontmatter', 1);
  return { ...fields, body, bodyLine };
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
