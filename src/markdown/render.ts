import { rehypeHeadingIds, rehypeShiki, syntaxHighlightDefaults } from '@astrojs/markdown-remark';
import type { Root } from 'mdast';
import rehypeRaw from 'rehype-raw';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { VFile } from 'vfile';
import { shikiConfig } from './code-highlighting.ts';
import { storyGrammar } from './grammar.ts';
import { markdownOptions } from './pipeline.ts';
import type { ResolvedLinks } from './related-link-syntax.ts';
import type { LiveContext } from './remark-live-updates.ts';

/**
 * The processor Astro's `unified()` Markdown option builds (createMarkdownProcessor in
 * @astrojs/markdown-remark), step for step, so a story renders as it did through Astro: GFM (and our block directives), our
 * plugins, raw HTML kept for rehype-raw, Shiki on code blocks, ids on headings. Left out is Astro's
 * image collection (remark-collect-images, rehype-images), which hands `<img>` to astro:assets: our
 * photos are figures, already photo tokens when it would run. Built here because Astro's renderer
 * takes only Markdown text, and the checker has already parsed every body into a tree.
 */
function storyProcessor(site: string) {
  const { remarkPlugins, rehypePlugins } = markdownOptions(site);
  return storyGrammar()
    .use(remarkPlugins)
    .use(remarkRehype, { allowDangerousHtml: true, passThrough: [] })
    .use(rehypeShiki, shikiConfig, syntaxHighlightDefaults.excludeLangs)
    .use(rehypePlugins)
    .use(rehypeHeadingIds)
    .use(rehypeRaw)
    .use(rehypeStringify, { allowDangerousHtml: true })
    .freeze();
}

/** Renders story bodies: the loader's, the plugin tests'. */
export interface StoryRenderer {
  /** A body's Markdown tree, by the grammar the checker parses with (grammar.ts). */
  parse(markdown: string): Root;
  /**
   * The body's HTML. The plugins rewrite the tree as they go, so it is used up. `path` (the story's
   * file) names the story in a plugin's error; `live`, a live blog's coverage start, zone and locale.
   */
  render(tree: Root, links: ResolvedLinks, path?: string, live?: LiveContext): Promise<string>;
}

/** One processor, built once, for every story of a build. */
export function storyRenderer(site: string): StoryRenderer {
  const processor = storyProcessor(site);
  return {
    parse: (markdown) => processor.parse(markdown),
    async render(tree, links, path, live) {
      const file = new VFile({ path, data: { links, ...(live && { live }) } });
      return processor.stringify(await processor.run(tree, file), file);
    },
  };
}
