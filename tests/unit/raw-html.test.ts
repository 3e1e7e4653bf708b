import { describe, expect, it } from 'vitest';
import { problemsIn } from '../helpers/body-problems.ts';
import { renderMarkdown } from '../helpers/markdown.ts';

// Each row: a body, what the checker must say the page loses (on which line), and what the page shows.
const ROWS: { md: string; line?: number; dropped?: string; shows: string[]; lacks: RegExp[] }[] = [
  {
    md: 'Text.\n\n<p style="color:red" onclick="x()">Hi <b class="k">there</b></p>',
    line: 3,
    dropped: 'style= on <p>, onclick= on <p>, class= on <b>',
    shows: ['<p>Hi <b>there</b></p>'],
    lacks: [/style=/, /onclick/, /class="k"/],
  },
  {
    md: 'One.\n\nInline <script>alert(1)</script> here.',
    line: 3,
    dropped: '<script>',
    shows: ['Inline'],
    lacks: [/script|alert/],
  },
  { md: '<iframe src="https://v.example/"></iframe>', line: 1, dropped: '<iframe>', shows: [], lacks: [/iframe|v\.example/] },
  { md: '<div>\n<img src=x onerror=alert(1)>\n</div>', line: 2, dropped: '<img>', shows: ['<div>'], lacks: [/<img|onerror/] },
  {
    md: '<a href="javascript:alert(1)">x</a> and <a href=" data:text/html,hi">y</a>',
    line: 1,
    dropped: 'href="javascript:alert(1)" on <a>, href=" data:text/html,hi" on <a>',
    shows: ['<a>x</a>', '<a>y</a>'],
    lacks: [/javascript|data:/],
  },
  { md: '<font color=red>old</font> words', line: 1, dropped: '<font>', shows: ['old', 'words'], lacks: [/font|color/] },
  {
    md: '<h1>Big</h1>',
    line: 1,
    dropped: '<h1> (shown as <h2>: the headline is the only <h1>)',
    shows: ['<h2 id="big">Big</h2>'],
    lacks: [/<h1/],
  },
  { md: '<SCRIPT>alert(1)</SCRIPT>', line: 1, dropped: '<script>', shows: [], lacks: [/alert/i] },
  { md: '<svg><script>alert(1)</script></svg>', line: 1, dropped: '<svg>', shows: [], lacks: [/svg|alert/] },
  { md: 'A\n\nB\n\n<style>p{}</style>', line: 5, dropped: '<style>', shows: ['<p>B</p>'], lacks: [/style|p\{\}/] },
  { md: '<p>line one\nline <iframe></iframe> two</p>', line: 2, dropped: '<iframe>', shows: ['two</p>'], lacks: [/iframe/] },
  {
    md: '<details><summary>More</summary>Hidden</details>',
    line: 1,
    dropped: '<details>, <summary>',
    shows: ['More'],
    lacks: [/details/],
  },
  { md: '<base href="https://evil.example/">', line: 1, dropped: '<base>', shows: [], lacks: [/evil/] },
  // Kept as written: structure, safe links, words in angle brackets, code, comments.
  {
    md: '<table><caption>Votes</caption><tr><th scope="col">Party</th><td colspan="2">31</td></tr></table>',
    shows: ['<caption>Votes</caption>', '<th scope="col">Party</th>', '<td colspan="2">31</td>'],
    lacks: [],
  },
  { md: '<blockquote cite="https://a.example/">q</blockquote>', shows: ['<blockquote cite="https://a.example/">q'], lacks: [] },
  { md: 'Inline <em>emphasis</em>, <abbr title="City Council">HCC</abbr>.', shows: ['<abbr title="City Council">'], lacks: [] },
  {
    md: 'As a <type of person>, I want <some goal>.',
    shows: ['As a &#x3C;type of person>, I want &#x3C;some goal>.'],
    lacks: [],
  },
  // Words that start with a tag name are prose too: a real tag's bare words are boolean attributes.
  {
    md: 'I want <a goal>, for <small business owner> tools.',
    shows: ['I want &#x3C;a goal>, for &#x3C;small business owner> tools.'],
    lacks: [/<a /],
  },
  { md: 'Profits < 5% and <x-widget>custom</x-widget>', shows: ['Profits &#x3C; 5%', '&#x3C;x-widget>'], lacks: [] },
  {
    md: '`<script>` in code\n\n```\n<iframe></iframe>\n```',
    shows: ['<code>&#x3C;script></code>', '&#x3C;iframe>'],
    lacks: [/<iframe/],
  },
  { md: '<!-- a note for the desk --> text', shows: ['text'], lacks: [/note/] },
];

describe('raw HTML: the checker names exactly what the renderer drops', () => {
  it.each(ROWS)('$md', async ({ md, line, dropped, shows, lacks }) => {
    const html = await renderMarkdown(md);
    const problems = problemsIn(md);
    const raw = problemsIn(md).filter((p) => p.kind === 'RawHtml');
    expect(problems.filter((p) => p.kind !== 'RawHtml')).toEqual([]);
    if (dropped === undefined) expect(raw).toEqual([]);
    else {
      expect(raw).toHaveLength(1);
      expect(raw[0]).toMatchObject({ severity: 'warning', line });
      expect(raw[0]?.message).toBe(`this HTML is left out of the page: ${dropped}`);
    }
    for (const s of shows) expect(html).toContain(s);
    for (const r of lacks) expect(html).not.toMatch(r);
  });

  it('counts lines in the whole file: a story whose body starts on line 9', async () => {
    const { bodyProblems, parseBody, scanBody } = await import('../../src/check/body.ts');
    const md = 'One.\n\nTwo <iframe></iframe>.';
    const [p] = bodyProblems('s.md', md, 9, scanBody(parseBody(md), 9));
    expect(p).toMatchObject({ kind: 'RawHtml', line: 11 });
  });
});
