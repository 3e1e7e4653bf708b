import type { Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import { matchEmbed } from './embed-syntax.ts';
import { EMBED_TAG, encodeEmbedToken } from './embed-token.ts';

/**
 * An embed (`Embed: https://…` alone in its paragraph, or `::embed[Caption]{url="…"}`) becomes a
 * token the page turns into a poster. Only at the top level of the body: an embed inside a list or
 * a quote is left as the editor's text and link. The checker refuses addresses no provider reads.
 */
export default function remarkEmbeds() {
  return (tree: Root) => {
    visit(tree, (node, index, parent) => {
      if (parent?.type !== 'root' || index === undefined || node.type === 'root') return;
      const embed = matchEmbed(node);
      if (!embed) return;
      const token = encodeEmbedToken({ url: embed.url, ...(embed.caption ? { caption: embed.caption } : {}) });
      // A childless paragraph is only a carrier for the token element, as in remark-figures.
      parent.children[index] = { type: 'paragraph', data: { hName: EMBED_TAG, hProperties: { dataEmbed: token } }, children: [] };
      return SKIP;
    });
  };
}
