import { createMarkdownProcessor, type RemarkPlugin } from '@astrojs/markdown-remark';
import remarkSmartypants from 'remark-smartypants';
import { describe, expect, it } from 'vitest';
import { markdownOptions } from '../../src/markdown/pipeline.ts';
import remarkSmartPunctuation from '../../src/markdown/remark-smart-punctuation.ts';
import site from '../../src/site.config.ts';
import { curlQuotes, smartenText } from '../../src/model/typography.ts';
import { renderMarkdown, sampleBodies } from '../helpers/markdown.ts';

describe('smart punctuation rules', () => {
  it.each([
    ['"Yes," she said.', '“Yes,” she said.'],
    ["it's the '90s", 'it’s the ’90s'],
    ["He said 'no' twice", 'He said ‘no’ twice'],
    ['"\'Quoted\' words"', '“‘Quoted’ words”'],
    ['the vote."Next', 'the vote.”Next'],
    ['🎉 "Yes," she said', '🎉 “Yes,” she said'],
  ])('curls %s', (input, output) => expect(curlQuotes(input)).toBe(output));

  it.each([
    ['7 -- 4', '7 — 4'],
    ['one --- two', 'one --- two'],
    ['wait...', 'wait…'],
    ['wait . . . then', 'wait … then'],
    ['x . . . . y', 'x … . y'],
    ["``quoted''", '“quoted”'],
  ])('sets %s', (input, output) => expect(smartenText(input)).toBe(output));
});

/** The sample paper rendered by the remark-smartypants that Astro runs unless told not to. */
const ours = markdownOptions(site.url);
const astroDefault = createMarkdownProcessor({
  ...ours,
  // Its types are for any unist tree, Astro's for mdast only.
  remarkPlugins: [remarkSmartypants as RemarkPlugin, ...ours.remarkPlugins.filter((p) => p !== remarkSmartPunctuation)],
});
const plain = (markdown: string) => createMarkdownProcessor({ smartypants: false }).then((p) => p.render(markdown));

describe('remark-smart-punctuation', () => {
  it('renders every sample story exactly as remark-smartypants does', async () => {
    const bodies = await sampleBodies();
    expect(bodies.length).toBeGreaterThan(10);
    for (const { file, markdown } of bodies) {
      const theirs = (await (await astroDefault).render(markdown)).code;
      expect(await renderMarkdown(markdown), file).toBe(theirs);
    }
  });

  it('curls quotes across links and emphasis, and leaves code as typed', async () => {
    const html = await renderMarkdown('"[Three hours](https://example.org/)" of `"debate"` -- "*choosing*."');
    expect(html).toContain('“<a href="https://example.org/"');
    expect(html).toContain('</a>” of <code>"debate"</code> — “<em>choosing</em>.”');
    expect((await plain('"x"')).code).toBe('<p>"x"</p>');
  });
});
