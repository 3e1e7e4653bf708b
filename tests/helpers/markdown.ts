import { readContentFiles } from '../../src/check/files.ts';
import { storyRenderer } from '../../src/markdown/render.ts';
import type { ResolvedLinks } from '../../src/markdown/related-link-syntax.ts';
import site from '../../src/site.config.ts';
import { replacePhotoTokens } from '../../src/markdown/photo-token.ts';

/** The build loader's renderer: our plugins in the processor Astro would build (src/markdown/render.ts). */
export const renderer = storyRenderer(site.url);

export async function renderMarkdown(markdown: string, links: ResolvedLinks = {}): Promise<string> {
  return renderer.render(renderer.parse(markdown), links);
}

/** The same, with photo tokens spelled out as readable comments, for fixtures and assertions. */
export async function renderReadable(markdown: string, links: ResolvedLinks = {}): Promise<string> {
  return replacePhotoTokens(await renderMarkdown(markdown, links), async (token) => `<!-- photo ${JSON.stringify(token)} -->`);
}

/** The bodies of the sample stories, with related-link ids (which need the build's links) as plain text. */
export async function sampleBodies(): Promise<{ file: string; markdown: string }[]> {
  const files = await readContentFiles('.', 'content/articles', ['.md']);
  return files.map(({ file, text }) => ({
    file,
    markdown: text.replace(/^---[\s\S]*?\n---\n/, '').replace(/\[\[[^\]]*\]\]/g, 'x'),
  }));
}
