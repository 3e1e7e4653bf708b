import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { parseCreditLine } from '../model/credit-line.ts';
import { matchFigure } from './figure-syntax.ts';
import { encodePhotoToken, PHOTO_TAG } from './photo-token.ts';

/**
 * Makes a photo that stands alone in its paragraph a `<figure>`: the image title becomes the
 * caption and a following `Credit:` line the credit. The picture itself is left as a token for
 * the page to fill in through the image pipeline, so in-body photos get the hero's treatment.
 */
export default function remarkFigures() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'paragraph', (node) => {
      const figure = matchFigure(node);
      if (!figure) return;
      const parsed = figure.credit === undefined ? undefined : parseCreditLine(figure.credit);
      if (parsed && !parsed.ok) file.fail(`Photo credit: ${parsed.message}`, node);
      const credit = parsed?.ok ? parsed.value : undefined;
      const { url: src, alt, title } = figure.image;
      const caption = title ?? credit?.caption ?? undefined;
      const token = encodePhotoToken({ src, alt: alt ?? '', caption, credit, link: figure.link });
      node.data = { hName: 'figure', hProperties: { className: ['figure'] } };
      // A childless emphasis node is only a carrier for the token element.
      node.children = [{ type: 'emphasis', data: { hName: PHOTO_TAG, hProperties: { dataPhoto: token } }, children: [] }];
    });
  };
}
