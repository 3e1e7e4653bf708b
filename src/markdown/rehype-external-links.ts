import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { parseLinkUrl } from './link-url.ts';

export interface ExternalLinkOptions {
  /** The site's own origin, e.g. `https://courier.example.org`: links there are not external. */
  site: string;
}

/**
 * Gives every link to another site `rel="noopener"`, so a page opened from a story can never
 * reach back into it through `window.opener`, whatever target a future template gives links.
 */
export default function rehypeExternalLinks({ site }: ExternalLinkOptions) {
  const own = new URL(site).origin;
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'a' || typeof node.properties['href'] !== 'string') return;
      if (!isExternal(node.properties['href'], own)) return;
      const rel = node.properties['rel'];
      const values = Array.isArray(rel) ? rel.map(String) : [];
      if (!values.includes('noopener')) node.properties['rel'] = [...values, 'noopener'];
    });
  };
}

/** Whether `href` leads to another site; an address no parser reads (the checker refuses those) is not. */
export function isExternal(href: string, ownOrigin: string): boolean {
  if (!/^(?:https?:)?\/\//i.test(href)) return false;
  const url = parseLinkUrl(href, ownOrigin);
  return url !== undefined && url.origin !== ownOrigin;
}
