import { describe, expect, it } from 'vitest';
import { renderCard } from '../../src/import/ghost/cards.ts';
import { renderLexical } from '../../src/import/ghost/lexical.ts';
import { renderMobiledoc } from '../../src/import/ghost/mobiledoc.ts';
import type { SourceNote } from '../../src/import/source.ts';

// Ghost's editor documents rendered to HTML when an export has no `html` for a post.
const text = (value: string, format = 0) => ({ type: 'extended-text', text: value, format });
const lexical = (...children: object[]) => JSON.stringify({ root: { type: 'root', children } });
const card = (name: string, payload: object) => {
  const notes: SourceNote[] = [];
  return { html: renderCard(name, payload as Record<string, unknown>, notes), notes };
};

describe('renderLexical', () => {
  it('renders paragraphs, headings, quotes, links, line breaks and every text format', () => {
    const notes: SourceNote[] = [];
    const html = renderLexical(
      lexical(
        { type: 'paragraph', children: [text('bold', 1), text(' and '), text('code', 16), text(' & '), text('both', 3)] },
        { type: 'heading', tag: 'h3', children: [text('Tides')] },
        {
          type: 'paragraph',
          children: [
            { type: 'link', url: 'https://wend.example/?a=1&b=2', children: [text('the river')] },
            { type: 'linebreak' },
            text('<next>'),
          ],
        },
        { type: 'aside', children: [text('Pulled quote', 2)] },
        { type: 'paragraph', children: [] },
      ),
      notes,
    );
    expect(html).toBe(
      [
        '<p><strong>bold</strong> and <code>code</code> &amp; <em><strong>both</strong></em></p>',
        '<h3>Tides</h3>',
        '<p><a href="https://wend.example/?a=1&amp;b=2">the river</a><br>&lt;next&gt;</p>',
        '<blockquote><p><em>Pulled quote</em></p></blockquote>',
      ].join('\n'),
    );
    expect(notes).toEqual([]);
  });

  it('renders numbered, bulleted and nested lists', () => {
    const item = (...children: object[]) => ({ type: 'listitem', children });
    const html = renderLexical(
      lexical({
        type: 'list',
        listType: 'number',
        start: 3,
        children: [item(text('three')), item(text('four'), { type: 'list', listType: 'bullet', children: [item(text('a'))] })],
      }),
      [],
    );
    expect(html).toBe('<ol start="3"><li>three</li><li>four<ul><li>a</li></ul></li></ol>');
  });

  it('notes a body that is not JSON and renders nothing', () => {
    const notes: SourceNote[] = [];
    expect(renderLexical('{not json', notes)).toBe('');
    expect(notes).toEqual([{ kind: 'unreadable-body', detail: 'the lexical body is not JSON' }]);
  });
});

describe('renderMobiledoc', () => {
  it('opens and closes markups as the markers say, and turns soft returns into line breaks', () => {
    const doc = {
      atoms: [['soft-return', '', {}]],
      markups: [['b'], ['a', ['rel', 'noopener', 'href', 'https://wend.example/']]],
      sections: [
        [1, 'h2', [[0, [], 0, 'Harbour']]],
        [
          1,
          'p',
          [
            [0, [0, 1], 1, 'bold link'],
            [0, [], 1, ' bold'],
            [1, [], 0, 0],
            [0, [], 0, 'line two'],
          ],
        ],
        [3, 'ol', [[[0, [], 0, 'one']], [[0, [], 0, 'two']]]],
        [1, 'aside', [[0, [], 0, 'pull quote']]],
        [2, 'https://wend.example/a.jpg'],
      ],
    };
    expect(renderMobiledoc(JSON.stringify(doc), [])).toBe(
      [
        '<h2>Harbour</h2>',
        '<p><strong><a href="https://wend.example/">bold link</a> bold</strong><br>line two</p>',
        '<ol><li>one</li><li>two</li></ol>',
        '<blockquote><p>pull quote</p></blockquote>',
        '<figure class="kg-card kg-image-card"><img src="https://wend.example/a.jpg" alt=""></figure>',
      ].join('\n'),
    );
  });

  it('renders cards by index, old Markdown cards included', () => {
    const doc = { cards: [['card-markdown', { markdown: '*quay*' }]], sections: [[10, 0]] };
    expect(renderMobiledoc(JSON.stringify(doc), [])).toBe('<p><em>quay</em></p>');
  });
});

describe('renderCard', () => {
  it('renders photo cards in Ghost’s own figure markup, captions as HTML', () => {
    expect(
      card('image', {
        src: '/content/images/a.jpg',
        alt: 'Quay',
        caption: 'Photo by <a href="https://x.example">Lior Santana</a>',
      }).html,
    ).toBe(
      '<figure class="kg-card kg-image-card"><img src="/content/images/a.jpg" alt="Quay"><figcaption>Photo by <a href="https://x.example">Lior Santana</a></figcaption></figure>',
    );
    expect(card('image', { src: '' }).html).toBe('');
  });

  it('renders Markdown cards with GitHub tables, HTML cards as written, code cards escaped', () => {
    expect(card('markdown', { markdown: '| a |\n| - |\n| 1 |' }).html).toContain('<td>1</td>');
    expect(card('html', { html: '<div class="x">kept</div>' }).html).toBe('<div class="x">kept</div>');
    expect(card('codeblock', { code: 'a < b', language: 'js"><script>' }).html).toBe(
      '<pre><code class="language-jsscript">a &lt; b</code></pre>',
    );
  });

  it('turns embeds and bookmarks into link paragraphs, noting the embed', () => {
    const embed = card('embed', { url: 'https://video.example/v', embedType: 'video', caption: 'Footage' });
    expect(embed.html).toBe('<p><a href="https://video.example/v">https://video.example/v</a></p><p>Footage</p>');
    expect(embed.notes).toEqual([{ kind: 'embed', detail: 'video embed of https://video.example/v kept as a link' }]);
    expect(card('bookmark', { url: 'https://b.example/', metadata: { title: 'Tide &amp; times' } }).html).toBe(
      '<p><a href="https://b.example/">Tide &amp; times</a></p>',
    );
  });

  it('keeps the text of callouts and toggles, draws rules, and drops paywall markers silently', () => {
    expect(card('callout', { calloutText: '<b>Note:</b> closed', calloutEmoji: '💡' }).html).toBe('<p><b>Note:</b> closed</p>');
    expect(card('callout', { calloutText: '<p dir="ltr"><span>Lexical</span></p>' }).html).toBe(
      '<p dir="ltr"><span>Lexical</span></p>',
    );
    expect(card('toggle', { heading: 'Why?', content: '<p>Because.</p>' }).html).toBe(
      '<p><strong>Why?</strong></p><p>Because.</p>',
    );
    expect(card('hr', {}).html).toBe('<hr>');
    expect(card('paywall', {})).toEqual({ html: '', notes: [] });
  });

  it('notes an unknown card and keeps its words; leaves newsletter-only cards out with a note', () => {
    const video = card('video', { src: '/content/media/v.mp4', caption: 'Launch <b>day</b>' });
    expect(video.html).toBe('<p>Launch day</p>');
    expect(video.notes).toEqual([
      { kind: 'unknown-card', detail: '"video" card (/content/media/v.mp4): kept its text "Launch day"' },
    ]);
    expect(card('signup', {}).notes).toEqual([{ kind: 'unknown-card', detail: '"signup" card' }]);
    expect(card('email-cta', { html: '<p>Subscribers only</p>' })).toEqual({
      html: '',
      notes: [{ kind: 'email-card', detail: 'newsletter-only "email-cta" card left out' }],
    });
  });
});
