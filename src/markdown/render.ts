import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import type { Root } from 'mdast';
import { markdownOptions } from './pipeline.ts';
import type { ResolvedLinks } from './related-link-syntax.ts';

export interface RenderedStory {
  html: string;
  imagePaths: string[];
}

/**
 * Astro's unified Markdown processor with our plugins, as astro.config.mjs sets it up: the loader
 * renders stories with it, from their Markdown or from the tree the checker parsed, and so do the
 * plugin tests.
 */
export function storyRenderer(site: string) {
  const processor = createMarkdownProcessor(markdownOptions(site));
  return async (markdown: string, links: ResolvedLinks, fileURL?: URL, tree?: Root): Promise<RenderedStory> => {
    const { code, metadata } = await (
      await processor
    ).render(markdown, {
      // The only channel to the remark plugins: remark-related-links and remark-given-tree read it.
      frontmatter: { broadsheet: tree ? { links, tree } : { links } },
      ...(fileURL && { fileURL }),
    });
    return { html: code, imagePaths: [...metadata.localImagePaths, ...metadata.remoteImagePaths] };
  };
}
