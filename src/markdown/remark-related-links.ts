import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { matchRelatedLine } from './related-link-syntax.ts';

/**
 * Turns `Read More: [[article-id]]` lines into promos that link to the target's current
 * headline. Targets arrive already resolved (the loader validates them against the whole
 * collection), so the plugin stays pure and an unknown id here is a hard failure.
 */
export default function remarkRelatedLinks() {
  return (tree: Root, file: VFile) => {
    const links = file.data.links ?? {};
    visit(tree, 'paragraph', (node) => {
      const line = matchRelatedLine(node);
      if (!line) return;
      const target = links[line.id];
      if (!target) {
        file.fail(`Related link to unknown story "${line.id}": use the id (file name without .md) of an existing story`, node);
      }
      node.data = { hProperties: { className: ['related-link'] } };
      node.children = [
        {
          type: 'strong',
          data: { hName: 'span', hProperties: { className: ['related-link__label'] } },
          children: [{ type: 'text', value: `${line.label}:` }],
        },
        { type: 'text', value: ' ' },
        { type: 'link', url: target.url, children: [{ type: 'text', value: target.headline }] },
      ];
    });
  };
}
