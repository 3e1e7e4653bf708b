import { storyRenderer } from '../../src/lib/story-render.ts';
import type { ResolvedLinks } from '../../src/plugins/related-link-syntax.ts';
import site from '../../src/site.config.ts';
import { replacePhotoTokens } from '../../src/plugins/photo-token.ts';

/** Astro's own unified pipeline with our plugins, as the build's loader runs it. */
const render = storyRenderer(site.url);

export async function renderMarkdown(markdown: string, links: ResolvedLinks = {}): Promise<string> {
  return (await render(markdown, links)).html;
}

/** The same, with photo tokens spelled out as readable comments, for fixtures and assertions. */
export async function renderReadable(markdown: string, links: ResolvedLinks = {}): Promise<string> {
  return replacePhotoTokens(await renderMarkdown(markdown, links), async (token) => `<!-- photo ${JSON.stringify(token)} -->`);
}
