import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

const ALIGNMENTS = new Set(['left', 'center', 'right']);

/**
 * A GFM table's column alignment (`| ---: |`) arrives as an `align` attribute on each cell, which
 * HTML has deprecated; an inline `text-align` style would break the site's CSP. So each aligned
 * cell gets a class instead (`align-right`), which styles/tables.css sets; figures in a column of
 * numbers line up on their last digit.
 */
export default function rehypeCellAlignment() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'td' && node.tagName !== 'th') return;
      const align = node.properties['align'];
      if (align === undefined) return;
      delete node.properties['align'];
      const value = String(align).toLowerCase();
      if (!ALIGNMENTS.has(value)) return;
      const current = node.properties['className'];
      node.properties['className'] = [...(Array.isArray(current) ? current.map(String) : []), `align-${value}`];
    });
  };
}
