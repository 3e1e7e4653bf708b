import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { titled } from './box-syntax.ts';

/**
 * `:::aside[Title]` … `:::` into a sidebar: background, a profile, a timeline. Built as a fact box
 * is (an `<aside>` titled by an `<h2>`), set apart by its own class.
 */
export default function remarkAside() {
  return (tree: Root) => {
    visit(tree, 'containerDirective', (node) => {
      if (node.name !== 'aside') return;
      titled(node, 'aside', 'h2');
      node.data = { hName: 'aside', hProperties: { className: ['story-box', 'story-box--aside'] } };
    });
  };
}
