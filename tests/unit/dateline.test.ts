import { describe, expect, it } from 'vitest';
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
