import { readContentFiles } from '../../src/check/files.ts';
import { storyRenderer } from '../../src/markdown/render.ts';
import type { ResolvedLinks } from '../../src/markdown/related-link-syntax.ts';
import site from '../../src/site.config.ts';
import { replacePhotoTokens } from '../../src/markdown/photo-token.ts';

/** Astro's own unified pipeline with our plugins, as the build's loader runs it. */
export const renderStory = storyRenderer(site.url);

export async function renderMarkdown(markdown: string, links: ResolvedLinks = {}): Promise<string> {
  return (await renderStory(markdown, links)).html;
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
