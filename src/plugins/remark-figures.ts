import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { formatCredit, parseCreditLine } from '../lib/credit-line.ts';
import { matchFigure } from './figure-syntax.ts';

/**
 * Makes a photo that stands alone in its paragraph a `<figure>`: the image title becomes the
 * caption and a following `Credit:` line the credit, so in-body photos are credited like the hero.
 */
export default function remarkFigures() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'paragraph', (node) => {
      const figure = matchFigure(node);
      if (!figure) return;
      const parsed = figure.credit === undefined ? undefined : parseCreditLine(figure.credit);
      if (parsed && !parsed.ok) file.fail(`Photo credit: ${parsed.message}`, node);
      const credit = parsed?.ok ? parsed.value : undefined;
      const caption = figure.image.title ?? credit?.caption;
      figure.image.title = null;
      const parts: Root['children'] = [];
      if (caption) parts.push(span('figure__caption', caption));
      if (credit) parts.push(span('figure__credit', `Credit: ${formatCredit(credit)}`));
      node.data = { hName: 'figure', hProperties: { className: ['figure'] } };
      node.children = [figure.image];
      if (parts.length) {
        // Phrasing children are fine here: the hName turns this paragraph into a figcaption.
        node.children.push({ type: 'emphasis', data: { hName: 'figcaption' }, children: spaced(parts) } as never);
      }
    });
  };
}

function span(className: string, value: string) {
  return {
    type: 'emphasis' as const,
    data: { hName: 'span', hProperties: { className: [className] } },
    children: [{ type: 'text' as const, value }],
  };
}

function spaced<T>(parts: T[]): (T | { type: 'text'; value: string })[] {
  return parts.flatMap((p, i) => (i ? [{ type: 'text' as const, value: ' ' }, p] : [p]));
}
