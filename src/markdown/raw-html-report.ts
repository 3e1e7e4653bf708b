import type { Root as HastRoot } from 'hast';
import type { Root } from 'mdast';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { expandRawHtml, type DroppedHtml } from './raw-html.ts';

const toHast = unified().use(remarkRehype, { allowDangerousHtml: true }).freeze();
const ONLY_COMMENTS = /^(?:\s*<!--(?:(?!-->)[\s\S])*-->)+\s*$/;

/** Whether a body holds HTML other than editors' comments: most do not, and skip the work below. */
export function hasRawHtml(tree: Root): boolean {
  const walk = (node: Root | Root['children'][number]): boolean =>
    (node.type === 'html' && !ONLY_COMMENTS.test(node.value)) || ('children' in node && node.children.some(walk));
  return walk(tree);
}

/**
 * What the renderer will leave out of a body's HTML, found by the renderer's own code (raw-html.ts) on
 * a copy: the Markdown tree is not touched, the loader renders it afterwards. Lines are the body's.
 */
export function droppedHtml(tree: Root, source?: string): DroppedHtml[] {
  if (!hasRawHtml(tree)) return [];
  const dropped: DroppedHtml[] = [];
  const hast = toHast.runSync(structuredClone(tree)) as HastRoot;
  expandRawHtml(hast, new VFile({ value: source ?? '' }), (d) => dropped.push(d));
  return dropped;
}
