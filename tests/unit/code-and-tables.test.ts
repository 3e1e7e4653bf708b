import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { classFor } from '../../src/markdown/rehype-code-classes.ts';
import rehypeScrollRegions from '../../src/markdown/rehype-scroll-regions.ts';
import { renderMarkdown } from '../helpers/markdown.ts';

const el = (tagName: string, children: Element['children'] = [], properties = {}): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});

describe("Shiki's styles as classes", () => {
  it('names a token colour by its role and keeps font styles', () => {
    expect(classFor('color:var(--astro-code-token-keyword)')).toBe('hl-token-keyword');
    expect(classFor(' color: var(--astro-code-token-string, #080) ')).toBe('hl-token-string');
    expect(classFor('font-style:italic')).toBe('hl-italic');
    expect(classFor('user-select: none')).toBe('hl-unselectable');
  });

  it("drops what the stylesheet does and any colour that is not the theme's", () => {
    for (const declaration of [
      'background-color:var(--astro-code-background)',
      ' overflow-x: auto',
      'color:#f97583',
      'color:var(--evil)',
      '',
    ])
      expect(classFor(declaration), declaration).toBeUndefined();
  });

  it('leaves no style attribute in a rendered body, whatever the language', async () => {
    const langs = ['js', 'ts', 'json', 'sh', 'python', 'diff', 'html', 'css', 'ansi', 'markdown', ''];
    const body = langs.map((l) => `\`\`\`${l}\nconst a = "x"; // *note* [link](https://example.org)\n\`\`\``).join('\n\n');
    const html = await renderMarkdown(body);
    expect(html).not.toMatch(/\sstyle=/);
    expect(html.match(/<pre /g)).toHaveLength(langs.length);
  });
});

describe('scroll regions', () => {
  it("names a table's region by its caption, numbers every region of a kind, and wraps a table once", () => {
    const captioned = el('table', [el('caption', [{ type: 'text', value: ' Turnout\n by ward ' }])]);
    const tree: Root = { type: 'root', children: [captioned, el('table'), el('pre')] };
    const run = rehypeScrollRegions();
    run(tree);
    run(tree);
    const [first, second, pre] = tree.children as Element[];
    expect(first).toMatchObject({ tagName: 'div', properties: { ariaLabel: 'Table 1: Turnout by ward', tabIndex: 0 } });
    expect(first!.children[0]).toBe(captioned);
    expect(second).toMatchObject({ tagName: 'div', properties: { ariaLabel: 'Table 2', role: 'group' } });
    expect(pre).toMatchObject({ properties: { ariaLabel: 'Code example 1', tabIndex: 0, role: 'group' } });
  });
});
