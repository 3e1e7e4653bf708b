import { describe, expect, it } from 'vitest';
import { htmlToMarkdown } from '../../src/import/convert/html-to-markdown.ts';
import { problemsIn } from '../helpers/body-problems.ts';

const nested = (open: string, close: string, n: number, inner = 'The innermost words.') =>
  `${open.repeat(n)}${inner}${close.repeat(n)}`;
const errorsIn = (markdown: string) =>
  problemsIn(markdown)
    .filter((p) => p.severity === 'error')
    .map((p) => p.kind);

describe('htmlToMarkdown on broken pages', () => {
  it('keeps the words of HTML nested thousands deep, quickly, in a body the checker accepts', () => {
    for (const [open, close] of [
      ['<div>', '</div>'],
      ['<blockquote>', '</blockquote>'],
      ['<ul><li>', '</li></ul>'],
      ['<b>', '</b>'],
    ] as const) {
      const started = performance.now();
      const { markdown, notes } = htmlToMarkdown(nested(open, close, 20_000));
      expect(performance.now() - started).toBeLessThan(5_000);
      expect(markdown).toContain('The innermost words.');
      expect(errorsIn(markdown)).toEqual([]);
      expect(notes.map((n) => n.kind)).toContain('deep-html');
    }
  });

  it('leaves lists and quotes nested as a story nests them', () => {
    const { markdown, notes } = htmlToMarkdown(
      nested('<blockquote>', '</blockquote>', 3, '<ul><li>a<ul><li>b</li></ul></li></ul>'),
    );
    expect(markdown).toBe('> > > - a\n> > >   - b\n');
    expect(notes).toEqual([]);
  });

  it('cuts a gallery past what a story may show, rather than stopping the build', () => {
    const photo = (i: number) =>
      `<figure><img src="https://old.example/g${i}.jpg" alt="Quay ${i}"><figcaption>Day ${i}.</figcaption></figure>`;
    const repeated = Array.from({ length: 40 }, (_, i) => photo(i)).join('');
    const { markdown, notes } = htmlToMarkdown(Array.from({ length: 90 }, (_, i) => photo(i)).join('') + repeated);
    expect(markdown.match(/!\[/g)).toHaveLength(100);
    expect(markdown).toContain('g59.jpg');
    expect(markdown).not.toContain('g60.jpg');
    expect(errorsIn(markdown)).toEqual([]);
    expect(notes).toEqual([{ kind: 'too-many-photos', detail: expect.stringMatching(/^30 photos past/) }]);
  });

  it('writes a part too dense with links for the parse budget as HTML, and the rest as Markdown', () => {
    const links = Array.from({ length: 400 }, (_, i) => `<a href="https://ferries.example/route_${i}">Route *${i}*</a>`);
    const roundup = `<p>Timetables.</p><p>${links.join(', ')}</p><ul>${links.map((a) => `<li>${a}</li>`).join('')}</ul>`;
    const { markdown, notes } = htmlToMarkdown(roundup);
    expect(markdown.startsWith('Timetables.\n\n<p><a href="https://ferries.example/route_0">Route *0*</a>, ')).toBe(true);
    expect(markdown).toContain('<ul><li><a href="https://ferries.example/route_0">');
    expect(errorsIn(markdown)).toEqual([]);
    expect(notes).toEqual([{ kind: 'dense-markup', detail: '2 parts too dense for Markdown kept as HTML' }]);
  });

  it('answers an empty body with an empty one', () => {
    expect(htmlToMarkdown('')).toEqual({ markdown: '', notes: [] });
    expect(htmlToMarkdown('<p>&nbsp;</p><!-- wp:spacer /-->\n')).toEqual({ markdown: '', notes: [] });
  });

  it('never writes a related link or an unsafe link the source did not mean', () => {
    const html =
      '<p>Read More: [[harbour-fees]]</p><h2>[[x]]</h2><p><a href="javascript:alert(1)">click</a> <a href="data:text/html,x">data</a></p>';
    const { markdown } = htmlToMarkdown(html);
    expect(errorsIn(markdown)).toEqual([]);
    expect(markdown).not.toMatch(/\]\((?:javascript|data):/);
  });
});
