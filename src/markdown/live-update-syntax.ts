import type { Root, RootContent } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import type { UpdateSource } from '../model/live-updates.ts';
import { matchFigure } from './figure-syntax.ts';
import { matchRelatedLine } from './related-link-syntax.ts';

/** A live blog's update: `:::update{time="2026-11-23 14:05" by="mara-okafor" #anchor}` … `:::`. */
export const isUpdate = (node: RootContent): node is ContainerDirective =>
  node.type === 'containerDirective' && node.name === 'update';

/** The updates of a body: those at its top level, where a live blog's run of updates is written. */
export const bodyUpdates = (tree: Root): ContainerDirective[] => tree.children.filter(isUpdate);

const attr = (node: ContainerDirective, name: string) => {
  const value = node.attributes?.[name];
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
};

/** What an update says of itself, with `line` counted from the body's first line (1). */
export function readUpdate(node: ContainerDirective): UpdateSource {
  const body = node.children.filter((c) => !(c.type === 'paragraph' && c.data?.directiveLabel));
  const [first] = body;
  const headline = first?.type === 'heading' ? toString(first).trim() || undefined : undefined;
  const rest = headline === undefined ? body : body.slice(1);
  return {
    line: node.position?.start.line ?? 1,
    time: attr(node, 'time'),
    by: attr(node, 'by'),
    id: attr(node, 'id'),
    headline,
    // The words of the update: a photo's alt text and credit, or a related line's `[[id]]`, are not.
    text: rest
      .filter((c) => !(c.type === 'paragraph' && (matchFigure(c) || matchRelatedLine(c))))
      .map((c) => toString(c).trim())
      .filter(Boolean)
      .join('\n\n'),
  };
}
