import type { Nodes as Node } from 'mdast';

/** One change to a body: the text between two offsets replaced. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** The offsets a node spans in its source. */
export const spanOf = (node: Node): [number, number] => [node.position?.start.offset ?? 0, node.position?.end.offset ?? 0];

/**
 * `source` with the edits made. Where two overlap, the one that starts first (the wider, at the
 * same start) wins: a paragraph replaced whole takes the links inside it along. Everything
 * outside the edits stays byte for byte.
 */
export function applyEdits(source: string, edits: readonly Edit[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const e of [...edits].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (e.start < at) continue;
    parts.push(source.slice(at, e.start), e.text);
    at = e.end;
  }
  parts.push(source.slice(at));
  return parts.join('');
}

/**
 * The span of a whole block to take out, with the blank line after it (or, for the last block,
 * the one before), so no run of blank lines is left where it was.
 */
export function blockRemoval(source: string, node: Node): Edit {
  const [start, end] = spanOf(node);
  const after = /^[ \t]*(?:\n[ \t]*)*(?:\n|$)/.exec(source.slice(end))![0];
  if (end + after.length < source.length) return { start, end: end + after.length, text: '' };
  const before = /(?:\n[ \t]*)*$/.exec(source.slice(0, start))![0];
  return { start: start - before.length, end: source.length, text: source.endsWith('\n') ? '\n' : '' };
}
