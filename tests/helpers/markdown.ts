import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { markdownOptions } from '../../src/plugins/pipeline.ts';
import type { ResolvedLinks } from '../../src/plugins/related-link-syntax.ts';
import site from '../../src/site.config.ts';
import { replacePhotoTokens } from '../../src/plugins/photo-token.ts';

/** Astro's own unified pipeline with our plugins, as the build runs it. */
const processor = createMarkdownProcessor(markdownOptions(site.url));

export async function renderMarkdown(markdown: string, links: ResolvedLinks = {}): Promise<string> {
  const rendered = await (await processor).render(markdown, { frontmatter: { broadsheet: { links } } });
  return rendered.code;
}

/** The same, with photo tokens spelled out as readable comments, for fixtures and assertions. */
export async function renderReadable(markdown: string, links: ResolvedLinks = {}): Promise<string> {
  return replacePhotoTokens(await renderMarkdown(markdown, links), async (token) => `<!-- photo ${JSON.stringify(token)} -->`);
}
