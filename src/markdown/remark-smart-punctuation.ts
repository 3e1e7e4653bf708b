import type { Root, RootContent } from 'mdast';
import { curlQuotes, smartenText } from '../model/typography.ts';

type Literal = Extract<RootContent, { type: 'text' | 'inlineCode' }>;
const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);

/**
 * Typographer's quotes, dashes and ellipses in a story's text, by the rules of the
 * `remark-smartypants` that Astro runs by default (turned off in pipeline.ts). That one builds
 * a natural-language tree of every story's text and took 40% of all Markdown rendering; this walks
 * the text once. Code is left alone but counts as a word, so `"npm"` quotes still curl around it.
 */
export default function remarkSmartPunctuation() {
  return (tree: Root) => {
    const literals: { node: Literal; at: number }[] = [];
    let joined = '';
    const walk = (node: Root | RootContent) => {
      if (node.type === 'text' || node.type === 'inlineCode') {
        literals.push({ node, at: joined.length });
        joined += node.type === 'text' ? node.value : 'A'.repeat(node.value.length);
        return;
      }
      // A block starts fresh: a quote at its start opens.
      if (BLOCKS.has(node.type)) joined += ' ';
      if ('children' in node) for (const child of node.children) walk(child);
    };
    walk(tree);
    const curled = curlQuotes(joined);
    for (const { node, at } of literals)
      if (node.type === 'text') node.value = smartenText(curled.slice(at, at + node.value.length));
  };
}
