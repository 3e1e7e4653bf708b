import type { Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';

const ONLY_COMMENTS = /^(?:\s*<!--(?:(?!-->)[\s\S])*-->)+\s*$/;

/**
 * HTML comments are allowed in stories as notes between editors, so they must never reach the
 * published page. Before `rehype-raw` runs they are `raw` nodes; after it, `comment` nodes.
 * Any other raw HTML is refused by the checker long before this point.
 */
export default function rehypeDropComments() {
  return (tree: Root) => {
    visit(tree, (node, index, parent) => {
      // `raw` comes from mdast-util-to-hast and is not part of the hast node types.
      const { type, value } = node as { type: string; value?: unknown };
      const isComment = type === 'comment' || (type === 'raw' && typeof value === 'string' && ONLY_COMMENTS.test(value));
      if (!isComment || !parent || index === undefined) return undefined;
      parent.children.splice(index, 1);
      return [SKIP, index];
    });
  };
}
