import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

/**
 * The headline is a story page's only `<h1>`. A body that uses `#` (archives exported from blogs
 * often do) has every heading moved one level down, so its outline keeps its shape under the
 * headline; the checker warns about each `#` line (DemotedHeading).
 */
export default function remarkDemoteHeadings() {
  return (tree: Root) => {
    let hasTop = false;
    visit(tree, 'heading', (node) => {
      hasTop ||= node.depth === 1;
    });
    if (!hasTop) return;
    visit(tree, 'heading', (node) => {
      node.depth = Math.min(6, node.depth + 1) as typeof node.depth;
    });
  };
}
