import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import rehypeDropComments from '../../src/plugins/rehype-drop-comments.ts';
import rehypeExternalLinks from '../../src/plugins/rehype-external-links.ts';
import remarkFigures from '../../src/plugins/remark-figures.ts';
import remarkRelatedLinks from '../../src/plugins/remark-related-links.ts';
import type { ResolvedLinks } from '../../src/plugins/related-link-syntax.ts';
import site from '../../src/site.config.ts';
import { replacePhotoTokens } from '../../src/plugins/photo-token.ts';

/** Astro's own unified pipeline with our plugins, as the build runs it. */
const processor = createMarkdownProcessor({
  remarkPlugins: [remarkRelatedLinks, remarkFigures],
  rehypePlugins: [[rehypeExternalLinks, { site: site.url }], rehypeDropComments],
});

export async function renderMarkdown(markdown: string, links: ResolvedLinks = {}): Promise<string> {
  const rendered = await (await processor).render(markdown, { frontmatter: { broadsheet: { links } } });
  return rendered.code;
}

/** The same, with photo tokens spelled out as readable comments, for fixtures and assertions. */
export async function renderReadable(markdown: string, links: ResolvedLinks = {}): Promise<string> {
  return replacePhotoTokens(await renderMarkdown(markdown, links), async (token) => `<!-- photo ${JSON.stringify(token)} -->`);
}
