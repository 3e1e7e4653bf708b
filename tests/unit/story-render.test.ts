import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { parseBody } from '../../src/check/body.ts';
import { readContentFiles } from '../../src/check/files.ts';
import { markdownOptions } from '../../src/markdown/pipeline.ts';
import type { ResolvedLinks } from '../../src/markdown/related-link-syntax.ts';
import site from '../../src/site.config.ts';
import { shikiConfig } from '../../src/markdown/code-highlighting.ts';
import { renderer } from '../helpers/markdown.ts';

/** Astro's own renderer with our plugins: what the loader rendered with before it had a processor of its own. */
async function astroRenderer() {
  const options = markdownOptions(site.url);
  // Astro hands plugins nothing but the frontmatter: move the links to where remark-related-links looks.
  const linksFromFrontmatter = () => (_: Root, file: VFile) => {
    file.data.links = (file.data as { astro: { frontmatter: { links: ResolvedLinks } } }).astro.frontmatter.links;
  };
  const processor = await createMarkdownProcessor({
    ...options,
    // As astro.config.mjs gives it: the shared highlighting settings.
    shikiConfig,
    remarkPlugins: [linksFromFrontmatter, ...options.remarkPlugins],
  });
  return async (markdown: string, links: ResolvedLinks, path: string) =>
    (await processor.render(markdown, { frontmatter: { links }, fileURL: pathToFileURL(path) })).code;
}

/** Every related link in `markdown`, resolved to a made-up headline with characters that need escaping. */
const linksOf = (markdown: string): ResolvedLinks =>
  Object.fromEntries(
    [...markdown.matchAll(/\[\[\s*([^\]\s]+)\s*\]\]/g)].map(([, id]) => [
      id,
      { headline: `“${id}” & <more>`, url: `/news/${id}/` },
    ]),
  );

const CONSTRUCTS = [
  '# Title\n\n## Same words\n\n## Same words\n\n### `code` and *emphasis* in a heading\n',
  '| a | b |\n| --- | :-: |\n| 1 | "two" |\n',
  'A claim.[^1] Another.[^note]\n\n[^1]: The source.\n[^note]: A second note -- with a dash.\n',
  '~~struck~~ www.example.org and https://example.org/x and <https://example.com/y>\n',
  '- [ ] to do\n- [x] done\n\n1. one\n2. two\n   - nested\n',
  '```js\nconst a = "b";\n```\n\n```\nplain -- text\n```\n\n```math\nx^2\n```\n\n    indented "code"\n',
  '> A quote "with" quotes -- and dots...\n>\n> — Someone\n',
  'A hard break  \nand another\\\nline.\n',
  '<!-- a note to the desk -->\n\nText <!-- inline note --> after.\n',
  "&copy; &amp; &#169; 🎉 \"quoted\" and 'single' and 1990s and it's\n",
  '[a link][r] and [another](/politics/x/ "Title")\n\n[r]: https://example.org "A title"\n',
  '***\n\nSetext heading\n==============\n\n* * *\n',
];

describe('the loader’s Markdown processor', () => {
  it('renders every sample story, plugin fixture and Markdown construct as Astro’s own renderer does', async () => {
    const astro = await astroRenderer();
    const stories = await readContentFiles('.', 'content/articles', ['.md']);
    const fixtures = join(import.meta.dirname, '..', 'fixtures', 'plugins');
    const inputs = [
      ...stories.map((s) => ({ path: s.absPath, markdown: s.text.replace(/^---[\s\S]*?\n---\n/, '') })),
      ...readdirSync(fixtures)
        .map((name) => join(fixtures, name, 'input.md'))
        .map((path) => ({ path, markdown: readFileSync(path, 'utf8') })),
      ...CONSTRUCTS.map((markdown, i) => ({ path: join(fixtures, `construct-${i}.md`), markdown })),
    ];
    expect(stories.length).toBeGreaterThan(10);
    for (const { path, markdown } of inputs) {
      const links = linksOf(markdown);
      const ours = await renderer.render(renderer.parse(markdown), links, path);
      expect(ours, path).toBe(await astro(markdown, links, path));
      // The tree the checker parsed renders as the text it came from: the build renders that tree.
      expect(await renderer.render(parseBody(markdown), links, path), path).toBe(ours);
    }
  });

  it('leaves an image reference a plain <img>, where Astro marked it for astro:assets (a dead end either way)', async () => {
    const markdown = '![A crane][crane]\n\n[crane]: ../../images/crane.jpg\n';
    const path = join(import.meta.dirname, 'story.md');
    expect(await (await astroRenderer())(markdown, {}, path)).toContain('__ASTRO_IMAGE_');
    expect(await renderer.render(renderer.parse(markdown), {}, path)).toBe(
      '<p><img src="../../images/crane.jpg" alt="A crane"></p>',
    );
  });
});
