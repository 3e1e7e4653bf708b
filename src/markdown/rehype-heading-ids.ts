import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';

const HEADING = /^h[1-6]$/;

const textOf = (nodes: readonly ElementContent[]): string =>
  nodes.map((n) => (n.type === 'text' ? n.value : n.type === 'element' ? textOf(n.children) : '')).join('');

/** GitHub's way of making a heading's words an id (as Astro's own heading ids do): lower case, punctuation out. */
const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '')
    .replace(/ /g, '-');

/**
 * Gives every heading an id readers can link to. An id must start with a letter to be valid HTML
 * and usable in CSS, so `## 1. Goal` gets `section-1-goal` where GitHub's rule gives `1-goal`.
 * Runs before Astro's heading ids, which keep ids already there; ids are made unique per page.
 */
export default function rehypeHeadingIds() {
  return (tree: Root) => {
    const used = new Map<string, number>();
    visit(tree, 'element', (node: Element) => {
      if (!HEADING.test(node.tagName) || typeof node.properties['id'] === 'string') return;
      let id = slug(textOf(node.children));
      // Any letter will do (`## Überblick` → `überblick`), not only a to z.
      if (!/^\p{L}/u.test(id)) id = `section-${id}`.replace(/-$/, '');
      // `## Vote`, `## Vote`, `## Vote 1` must not give `vote-1` twice: count until the id is free.
      let seen = used.get(id) ?? 0;
      while (seen && used.has(`${id}-${seen}`)) seen++;
      const unique = seen ? `${id}-${seen}` : id;
      used.set(id, seen + 1).set(unique, Math.max(1, used.get(unique) ?? 0));
      node.properties['id'] = unique;
    });
  };
}
