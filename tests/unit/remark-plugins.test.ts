import { describe, expect, it } from 'vitest';
import { renderMarkdown, renderReadable } from '../helpers/markdown.ts';

const links = { 'bridge-vote': { headline: 'Bridge vote <delayed> & "stalled"', url: '/politics/bridge-vote/' } };

describe('remark-related-links', () => {
  it('renders the label and the target’s current headline, escaped', async () => {
    const html = await renderMarkdown('Intro.\n\nRead Next: [[bridge-vote]]\n', links);
    expect(html).toContain('<span class="related-link__label">Read Next:</span>');
    expect(html).toContain('<a href="/politics/bridge-vote/">Bridge vote &#x3C;delayed> &#x26; "stalled"</a>');
  });

  it('fails on an unknown target, naming the id and the line', async () => {
    const error = await renderMarkdown('One.\n\nTwo.\n\nRead More: [[no-such-story]]\n', links).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect(String(error)).toMatch(/no-such-story/);
    expect((error as { line?: number }).line).toBe(5);
  });

  it('leaves a label without double brackets alone', async () => {
    const html = await renderMarkdown('Read More: the full report\n', links);
    expect(html).toBe('<p>Read More: the full report</p>');
  });
});

describe('remark-figures', () => {
  it('uses the credit’s own caption when the image has no title', async () => {
    const html = await renderReadable(
      '![A crane](https://example.org/c.jpg)\nCredit: CoastPress – HALLAM – Nov 2, 2026: Cranes at dawn — Photo by Ines Moreau\n',
    );
    expect(html).toMatch(/^<figure class="figure"><!-- photo .*--><\/figure>$/);
    expect(html).toContain('"caption":"Cranes at dawn"');
    expect(html).toContain('"photographer":"Ines Moreau"');
  });

  it('fails on a credit line it cannot read, at the photo’s line', async () => {
    const error = await renderMarkdown('Text.\n\n![A crane](https://example.org/c.jpg)\nCredit:\n').catch((e: Error) => e);
    expect(String(error)).toMatch(/Photo credit/);
    expect((error as { line?: number }).line).toBe(3);
  });

  it('keeps a photo followed by ordinary text as a paragraph, the photo an inline one', async () => {
    const html = await renderReadable('![A crane](https://example.org/c.jpg)\nThe crane, pictured.\n');
    expect(html).toBe(
      '<p><!-- photo {"src":"https://example.org/c.jpg","alt":"A crane","inline":true} -->\nThe crane, pictured.</p>',
    );
  });
});
