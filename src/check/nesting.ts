import type { Root } from 'mdast';

/** Lists and quotes nest this deep at most: news needs three or four levels; past this is a paste gone wrong. */
export const MAX_NESTING = 20;
/** Raw HTML nests deeper in archives' layouts (tables in divs in divs), but not without bound. */
export const MAX_HTML_NESTING = 60;

// One container marker at the start of a line: a quote `>`, or a list item `-`, `*`, `+`, `1.`, `1)`.
const MARKER = /^[ \t]{0,3}(?:>[ \t]?|(?:[-*+]|\d{1,9}[.)])[ \t]+)/;

/**
 * The deepest run of quote and list markers opening one line (`>>>>…`, `- - - …`), found without
 * parsing: the Markdown parser takes minutes and then overflows its stack on thousands of them, so
 * such a body is refused before it is parsed.
 */
export function deepestMarkerRun(body: string): { depth: number; line: number } {
  let deepest = { depth: 0, line: 1 };
  body.split('\n').forEach((text, i) => {
    let rest = text;
    let depth = 0;
    for (let m = MARKER.exec(rest); m && depth <= MAX_NESTING; m = MARKER.exec(rest)) {
      depth++;
      rest = rest.slice(m[0].length);
    }
    if (depth > deepest.depth) deepest = { depth, line: i + 1 };
  });
  return deepest;
}

type Node = Root | Root['children'][number];

/** The deepest nesting of lists and quotes in a parsed body (by indentation too), walked without recursion. */
export function deepestContainer(tree: Root): { depth: number; line: number | undefined } {
  let deepest: { depth: number; line: number | undefined } = { depth: 0, line: undefined };
  const stack: [Node, number][] = [[tree, 0]];
  while (stack.length) {
    const [node, above] = stack.pop()!;
    const depth = above + (node.type === 'list' || node.type === 'blockquote' ? 1 : 0);
    if (depth > deepest.depth) deepest = { depth, line: node.position?.start.line };
    if ('children' in node) for (const c of node.children) stack.push([c, depth]);
  }
  return deepest;
}

const VOID_OR_SELF_CLOSING =
  /^(?:p|li|dt|dd|tr|td|th|option|br|hr|img|input|meta|link|area|base|col|embed|source|track|wbr|param)$/i;

/** How deep raw HTML opens elements, roughly: tags HTML closes by itself (`<p>`, `<li>`, `<br>`) do not count. */
export function htmlNesting(fragments: readonly string[]): number {
  let depth = 0;
  let deepest = 0;
  for (const html of fragments)
    for (const m of html.matchAll(/<(\/?)([a-z][a-z0-9-]*)[^>]*?(\/?)>/gi)) {
      if (VOID_OR_SELF_CLOSING.test(m[2]!) || m[3]) continue;
      depth = Math.max(0, depth + (m[1] ? -1 : 1));
      deepest = Math.max(deepest, depth);
    }
  return deepest;
}
