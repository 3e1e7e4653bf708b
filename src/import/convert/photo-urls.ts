import { visit } from 'unist-util-visit';
import { htmlUrls } from './html-urls.ts';
import { markdownTree } from './markdown-tree.ts';

/** Every photo URL a Markdown body shows (Markdown images, reference definitions used by images, <img src> in kept HTML), in order, without repeats. */
export function photoUrls(markdown: string): string[] {
  const tree = markdownTree(markdown);
  const definitions = new Map<string, string>();
  visit(tree, 'definition', (node) => {
    // The first definition of a label is the one that counts.
    if (!definitions.has(node.identifier)) definitions.set(node.identifier, node.url);
  });
  const found: string[] = [];
  visit(tree, (node) => {
    if (node.type === 'image') found.push(node.url);
    else if (node.type === 'imageReference') found.push(definitions.get(node.identifier) ?? '');
    else if (node.type === 'html') found.push(...htmlUrls(node.value).flatMap((u) => (u.attribute === 'src' ? [u.url] : [])));
  });
  return [...new Set(found.filter(Boolean))];
}
