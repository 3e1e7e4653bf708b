import type { Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import { encodePhotoToken, PHOTO_TAG } from './photo-token.ts';
import { isDecorative } from './photo-syntax.ts';

/**
 * Every photo still in the tree once the figures are made sits in a sentence, a table cell or a
 * heading (or is decorative): it becomes a plain image through the photo pipeline, with no caption,
 * so no reader ever loads a photo from where the editor found it. Runs after `remark-figures`.
 */
export default function remarkInlinePhotos() {
  return (tree: Root) => {
    visit(tree, 'image', (node, index, parent) => {
      if (!parent || index === undefined) return;
      // The checker refuses alt text on a decorative photo; here it is dropped all the same.
      const alt = isDecorative(node) ? '' : (node.alt ?? '');
      const token = encodePhotoToken({ src: node.url, alt, inline: true });
      // A childless emphasis node is only a carrier for the token element, as in remark-figures.
      parent.children[index] = { type: 'emphasis', data: { hName: PHOTO_TAG, hProperties: { dataPhoto: token } }, children: [] };
      return SKIP;
    });
  };
}
