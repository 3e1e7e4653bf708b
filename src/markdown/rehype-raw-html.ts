import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { expandRawHtml } from './raw-html.ts';

/**
 * Raw HTML in a story becomes elements here, cut down to the allow-list (html-allow-list.ts), before
 * any other rehype plugin of ours runs: links written in HTML get `rel="noopener"` like Markdown's,
 * headings written in HTML get ids. What it drops the checker has already named, as warnings.
 */
export default function rehypeRawHtml() {
  return (tree: Root, file: VFile) => expandRawHtml(tree, file);
}
