import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { titled } from './box-syntax.ts';

/**
 * `:::editors-note` … `:::` into a note (`role="note"`) named by its visible label, "Editor’s
 * note" unless the label says otherwise. The label is a paragraph, not a heading: a note is part of
 * the story's text, not a section of its outline. A `<div>`, not an `<aside>`: it is no sidebar.
 */
export default function remarkEditorsNote() {
  return (tree: Root) => {
    visit(tree, 'containerDirective', (node) => {
      if (node.name !== 'editors-note') return;
      titled(node, 'editors-note', 'p');
      node.data = { hName: 'div', hProperties: { className: ['story-box', 'story-box--note'], role: 'note' } };
    });
  };
}
