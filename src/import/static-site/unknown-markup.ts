import type { SourceNote } from '../source.ts';

/** Shortcodes or Liquid tags left as written, by name, with how often each was met in one post. */
export type Unknowns = Map<string, number>;

/** One note per name, `(3 times)` when it came back: an archive with thousands stays readable. */
export function unknownNotes(unknowns: Unknowns, kind: string, describe: (name: string) => string): SourceNote[] {
  return [...unknowns].map(([name, count]) => ({
    kind,
    detail: `${describe(name)} left as written${count > 1 ? ` (${count} times)` : ''}`,
  }));
}

/** Counts one more `name`. */
export function countUnknown(unknowns: Unknowns, name: string): void {
  unknowns.set(name, (unknowns.get(name) ?? 0) + 1);
}

/**
 * `block` placed as a paragraph of its own between the text already written (`before`) and the text
 * still to come (`after`): a photo or an embed link must stand alone in its paragraph to be one, so
 * blank lines are added where the shortcode or tag sat inside a line or against other lines.
 */
export function asBlock(before: string, after: string, block: string): string {
  return `${separatorBefore(before)}${block}${separatorAfter(after)}`;
}

function separatorBefore(before: string): string {
  if (before.trim() === '') return '';
  const lineStart = before.lastIndexOf('\n') + 1;
  if (before.slice(lineStart).trim() !== '') return '\n\n';
  const previous = before.slice(0, Math.max(0, lineStart - 1));
  const previousLine = previous.slice(previous.lastIndexOf('\n') + 1);
  return previousLine.trim() === '' ? '' : '\n';
}

function separatorAfter(after: string): string {
  const lineEnd = after.indexOf('\n');
  const rest = lineEnd < 0 ? after : after.slice(0, lineEnd);
  if (rest.trim() !== '') return '\n\n';
  if (lineEnd < 0) return '';
  const next = after.slice(lineEnd + 1);
  const nextLine = next.slice(0, next.indexOf('\n') < 0 ? undefined : next.indexOf('\n'));
  return nextLine.trim() === '' ? '' : '\n';
}
