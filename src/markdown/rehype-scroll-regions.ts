import type { Element, ElementContent, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';

/**
 * Code blocks and tables wider than the column scroll sideways inside it, never the page. A
 * region that scrolls must be reachable by keyboard, so each is a tab stop (`tabindex="0"`) with a
 * name screen readers announce when it takes focus: a numbered `aria-label` on `role="group"`.
 * Not `role="region"`: a landmark per table would crowd the landmark list of a data-heavy story.
 * A code block scrolls itself; a table cannot, so it goes inside a `div.table-scroll` that does.
 */
export default function rehypeScrollRegions() {
  return (tree: Root) => {
    let codes = 0;
    let tables = 0;
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName === 'pre') {
        Object.assign(node.properties, region(`Code example ${++codes}`));
        return SKIP;
      }
      if (node.tagName !== 'table' || !parent || index === undefined) return undefined;
      if (parent.type === 'element' && hasClass(parent, 'table-scroll')) return SKIP;
      parent.children[index] = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['table-scroll'], ...region(tableLabel(node, ++tables)) },
        children: [node],
      };
      return SKIP;
    });
  };
}

const region = (label: string) => ({ tabIndex: 0, role: 'group', ariaLabel: label });

/** "Table 2", or "Table 2: Turnout by ward" when the table has a caption. */
function tableLabel(table: Element, n: number): string {
  const caption = table.children.find((c: ElementContent) => c.type === 'element' && c.tagName === 'caption');
  let text = '';
  if (caption) visit(caption, 'text', (t) => void (text += t.value));
  text = text.replace(/\s+/g, ' ').trim();
  return text ? `Table ${n}: ${text}` : `Table ${n}`;
}

function hasClass(node: Element, name: string): boolean {
  const classes = node.properties['className'];
  return Array.isArray(classes) && classes.includes(name);
}
