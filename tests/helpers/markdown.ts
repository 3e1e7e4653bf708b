import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import remarkFigures from '../../src/plugins/remark-figures.ts';
import remarkRelatedLinks from '../../src/plugins/remark-related-links.ts';
import type { ResolvedLinks } from '../../src/plugins/related-link-syntax.ts';

/** Astro's own unified pipeline with our plugins, as the build runs it. */
const processor = createMarkdownProcessor({ remarkPlugins: [remarkRelatedLinks, remarkFigures] });

export async function renderMarkdown(markdown: string, links: ResolvedLinks = {}): Promise<string> {
  const rendered = await (await processor).render(markdown, { frontmatter: { broadsheet: { links } } });
  return rendered.code;
}
