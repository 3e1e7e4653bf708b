import type { Definition, Image, Link } from 'mdast';

/** Where a bracketed label that opens at `open` closes, skipping escaped brackets; -1 when it does not. */
function closing(source: string, open: number, end: number): number {
  let depth = 0;
  for (let i = open; i < end; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (ch === '[') depth++;
    else if (ch === ']' && --depth === 0) return i;
  }
  return -1;
}

/** The destination starting at `at`: `<…>` whole, or a bare one up to a space or its unbalanced `)`. */
function destinationAt(source: string, at: number, end: number): [number, number] {
  if (source[at] === '<') {
    for (let i = at + 1; i < end; i++) {
      if (source[i] === '\\') i++;
      else if (source[i] === '>') return [at, i + 1];
    }
    return [at, at];
  }
  let depth = 0;
  let i = at;
  for (; i < end; i++) {
    const ch = source[i]!;
    if (ch === '\\') i++;
    else if (/\s/.test(ch)) break;
    else if (ch === '(') depth++;
    else if (ch === ')' && depth-- === 0) break;
  }
  return [at, Math.min(i, end)];
}

/**
 * Offsets `[start, end)` of the destination of an inline link or image, or of a definition, as
 * written in `source` (with its `<…>` if it has them); undefined for any other form (an autolink,
 * an address linked by GFM, a reference).
 */
export function destinationRange(source: string, node: Link | Image | Definition): [number, number] | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return undefined;
  const open = source[start] === '!' ? start + 1 : start;
  if (source[open] !== '[') return undefined;
  // A link's words may hold code with brackets in it: the label ends where its last child does.
  const last = node.type === 'link' ? node.children.at(-1)?.position?.end.offset : undefined;
  const close = last !== undefined && source[last] === ']' ? last : closing(source, open, end);
  if (close < 0) return undefined;
  let at = close + 1;
  if (source[at] !== (node.type === 'definition' ? ':' : '(')) return undefined;
  at++;
  while (at < end && /\s/.test(source[at]!)) at++;
  const range = destinationAt(source, at, end);
  return range[1] > range[0] ? range : undefined;
}
