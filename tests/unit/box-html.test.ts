import { describe, expect, it } from 'vitest';
import { withoutPullquotes } from '../../src/site/box-html.ts';
import { withDateline } from '../../src/site/dateline.ts';
import { renderMarkdown } from '../helpers/markdown.ts';

describe('the dateline', () => {
  it('opens the first paragraph, escaped', () => {
    expect(withDateline('<p>The Assembly met.</p><p>Later.</p>', 'HALLAM & CO')).toBe(
      '<p><span class="dateline">HALLAM &amp; CO —</span> The Assembly met.</p><p>Later.</p>',
    );
    expect(withDateline('<p>Text.</p>', undefined)).toBe('<p>Text.</p>');
    expect(withDateline('<h2>Only a heading</h2>', 'HALLAM')).toBe('<h2>Only a heading</h2>');
  });

  it('passes over an editor’s note, a fact box and a pull quote above the story’s own first paragraph', async () => {
    const html = await renderMarkdown(
      ':::editors-note\nUpdated with a table.\n\n| a | b |\n| - | - |\n| 1 | 2 |\n:::\n\n:::factbox\n- One fact.\n:::\n\n:::pullquote\nThe Assembly met.\n:::\n\nThe Assembly met.\n',
    );
    const dated = withDateline(html, 'HALLAM');
    expect(dated).toContain('<p><span class="dateline">HALLAM —</span> The Assembly met.</p>');
    expect(dated.match(/dateline/g)).toHaveLength(1);
    expect(dated).toContain('<p>Updated with a table.</p>');
  });
});

describe('a body without its pull quotes (for feeds)', () => {
  it('keeps the story’s words and every other box, whatever the pull quote holds', async () => {
    const html = await renderMarkdown(
      'We keep it open.\n\n:::pullquote{by="Mira"}\nWe keep it open.\n:::\n\n:::factbox\n- A fact.\n:::\n\n:::pullquote\n![A quay](https://example.org/q.jpg)\n\nWe keep it open.\n:::\n\nThe end.\n',
    );
    expect(html.match(/class="pullquote"/g)).toHaveLength(2);
    const out = withoutPullquotes(html);
    expect(out).not.toContain('pullquote');
    expect(out).not.toContain('Mira');
    expect(out).toMatch(
      /^<p>We keep it open.<\/p>\n<aside class="story-box story-box--factbox"[\s\S]*<\/aside>\n<p>The end.<\/p>$/,
    );
  });
});
