import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

const hasClass = (node: Element, name: string) => {
  const classes = node.properties['className'];
  return Array.isArray(classes) && classes.includes(name);
};

/**
 * Names every story box (fact box, aside, editor's note) after its visible title: the box's
 * `aria-labelledby` points at the title's id, so a screen reader announces "Key facts,
 * complementary". Runs after rehype-heading-ids, which gives an `<h2>` title its id; a title that
 * is no heading gets `box-title-N`, past every id the page's body already uses.
 */
export default function rehypeBoxNames() {
  return (tree: Root) => {
    const ids = new Set<string>();
    visit(tree, 'element', (node) => {
      if (typeof node.properties['id'] === 'string') ids.add(node.properties['id']);
    });
    let n = 0;
    visit(tree, 'element', (node) => {
      if (!hasClass(node, 'story-box')) return;
      const title = node.children.find((c): c is Element => c.type === 'element' && hasClass(c, 'story-box__title'));
      if (!title) return;
      let id = title.properties['id'];
      if (typeof id !== 'string') {
        do id = `box-title-${++n}`;
        while (ids.has(id));
        ids.add(id);
        title.properties['id'] = id;
      }
      node.properties['ariaLabelledBy'] = [id];
    });
  };
}
