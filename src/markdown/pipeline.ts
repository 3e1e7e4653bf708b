import type { UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import rehypeDropComments from './rehype-drop-comments.ts';
import rehypeExternalLinks from './rehype-external-links.ts';
import remarkFigures from './remark-figures.ts';
import remarkGivenTree from './remark-given-tree.ts';
import remarkRelatedLinks from './remark-related-links.ts';
import remarkSmartPunctuation from './remark-smart-punctuation.ts';

/**
 * Our plugins in Astro's unified Markdown processor: astro.config.mjs builds with these, and the
 * plugin tests render with them. Astro's own SmartyPants is off because ours does its work in a
 * fraction of the time. remark-given-tree only swaps the parser, so it can sit anywhere in the list.
 */
export function markdownOptions(site: string) {
  return {
    smartypants: false,
    remarkPlugins: [remarkGivenTree, remarkSmartPunctuation, remarkRelatedLinks, remarkFigures],
    rehypePlugins: [[rehypeExternalLinks, { site }], rehypeDropComments],
  } satisfies UnifiedProcessorOptions;
}
