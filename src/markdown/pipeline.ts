import type { UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import rehypeBoxNames from './rehype-box-names.ts';
import rehypeCellAlignment from './rehype-cell-alignment.ts';
import rehypeCodeClasses from './rehype-code-classes.ts';
import rehypeDropComments from './rehype-drop-comments.ts';
import rehypeExternalLinks from './rehype-external-links.ts';
import rehypeHeadingIds from './rehype-heading-ids.ts';
import rehypeRawHtml from './rehype-raw-html.ts';
import remarkAside from './remark-aside.ts';
import remarkBlockDirectives from './remark-block-directives.ts';
import remarkDemoteHeadings from './remark-demote-headings.ts';
import remarkEditorsNote from './remark-editors-note.ts';
import remarkFactbox from './remark-factbox.ts';
import remarkEmbeds from './remark-embeds.ts';
import remarkFigures from './remark-figures.ts';
import remarkInlinePhotos from './remark-inline-photos.ts';
import remarkPullquote from './remark-pullquote.ts';
import remarkLiveUpdates from './remark-live-updates.ts';
import remarkRelatedLinks from './remark-related-links.ts';
import rehypeScrollRegions from './rehype-scroll-regions.ts';
import remarkSmartPunctuation from './remark-smart-punctuation.ts';

/**
 * Our plugins, in order: the loader's processor (render.ts) runs them, and astro.config.mjs gives
 * Astro's own unified processor the same list. Astro's SmartyPants is off because ours does its work
 * in a fraction of the time.
 */
export function markdownOptions(site: string) {
  return {
    smartypants: false,
    remarkPlugins: [
      remarkBlockDirectives,
      remarkLiveUpdates,
      remarkSmartPunctuation,
      remarkRelatedLinks,
      remarkEmbeds,
      remarkFigures,
      remarkInlinePhotos,
      remarkFactbox,
      remarkAside,
      remarkPullquote,
      remarkEditorsNote,
      remarkDemoteHeadings,
    ],
    rehypePlugins: [
      rehypeRawHtml,
      [rehypeExternalLinks, { site }],
      rehypeDropComments,
      rehypeCodeClasses,
      rehypeCellAlignment,
      rehypeScrollRegions,
      rehypeHeadingIds,
      rehypeBoxNames,
    ],
  } satisfies UnifiedProcessorOptions;
}
