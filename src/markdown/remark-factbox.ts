import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { titled } from './box-syntax.ts';

/**
 * `:::factbox[Title]` … `:::` into a complementary box: an `<aside>` with its title as an `<h2>`
 * (the body's own headings start at h2, and an aside starts a section of its own). Lists, tables
 * and paragraphs inside stay as they are. rehype-box-names.ts names the box after its title.
 */
export default function remarkFactbox() {
  return (tree: Root) => {
    visit(tree, 'containerDirective', (node) => {
      if (node.name !== 'factbox') return;
      titled(node, 'factbox', 'h2');
      node.data = { hName: 'aside', hProperties: { className: ['story-box', 'story-box--factbox'] } };
    });
  };
}
