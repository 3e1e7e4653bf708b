import type { BlockContent, DefinitionContent, Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import { directiveLabel } from './box-syntax.ts';

/**
 * `:::pullquote{by="Name"}` … `:::` into a pull quote: `<figure class="pullquote">` holding a
 * `<blockquote>` and, when `by` is given, a `<figcaption>`. A pull quote repeats words the story
 * already holds (the checker warns when it does not), so it is hidden from screen readers, which
 * would otherwise read them twice; its links become text, since nothing hidden may take the focus.
 * A plain `>` quote stays an ordinary blockquote.
 */
export default function remarkPullquote() {
  return (tree: Root) => {
    visit(tree, 'containerDirective', (node) => {
      if (node.name !== 'pullquote') return;
      // The checker refuses a label here; should one pass anyway, it is not printed as the quote.
      if (directiveLabel(node)) node.children.shift();
      visit(node, (inner, index, parent) => {
        if ((inner.type !== 'link' && inner.type !== 'linkReference') || !parent || index === undefined) return undefined;
        parent.children.splice(index, 1, ...(inner.children as never[]));
        return [SKIP, index];
      });
      const by = node.attributes?.['by']?.trim();
      const quote = { type: 'blockquote', children: node.children as (BlockContent | DefinitionContent)[] } as const;
      node.children = [quote];
      if (by)
        node.children.push({
          type: 'paragraph',
          data: { hName: 'figcaption', hProperties: { className: ['pullquote__by'] } },
          children: [{ type: 'text', value: by }],
        });
      // Search (Pagefind) leaves it out too: the words count once, where the story holds them.
      node.data = { hName: 'figure', hProperties: { className: ['pullquote'], ariaHidden: 'true', dataPagefindIgnore: true } };
    });
  };
}
