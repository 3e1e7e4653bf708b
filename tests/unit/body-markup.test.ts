import { describe, expect, it } from 'vitest';
import { kindsIn, problemsIn } from '../helpers/body-problems.ts';
import { renderMarkdown } from '../helpers/markdown.ts';

const LINKS = {
  'harbour-fees': { headline: 'Harbour fees rise', url: '/business/harbour-fees/' },
  'tram-line': { headline: 'Tram line to Northgate', url: '/city/tram-line/' },
};

describe('link addresses', () => {
  it.each([
    ['[the portal](www.example.gov/open)', 'LinkWithoutScheme@1'],
    ['[x](http://%20http//x)', 'InvalidLinkUrl@1'],
    ['[x](http://file:http://x)', 'InvalidLinkUrl@1'],
    ['[x](<http://oasis host/x>)', 'InvalidLinkUrl@1'],
    ['[x](https://)', 'InvalidLinkUrl@1'],
    ['Text.\n\n[x][r]\n\n[r]: http://%20http//x', 'InvalidLinkUrl@5'],
    ['<http://%20http//x>', 'InvalidLinkUrl@1'],
    ['[x](javascript:alert(1))', 'UnsafeLink@1'],
    ['[](https://agency.example/report)', 'EmptyLink@1'],
  ])('%s → %s', (md, kind) => {
    expect(kindsIn(md)).toEqual([kind]);
  });

  it('accepts an address a URL parser reads, and names the scheme-less one’s fix', () => {
    expect(kindsIn('[x](http://oasis\\_host/x)')).toEqual([]);
    expect(problemsIn('[open](www.example.gov/open)')[0]?.hint).toBe('write https://www.example.gov/open');
  });

  it.each([
    '[x](http://%20http//x)',
    '[x](http://file:http://x)',
    '[x](http://oasis\\_host/x)',
    '[x](<http://oasis host/x>)',
    '[x](http://[::1/x)',
    '<a href="http://%20http//x">x</a>',
    '[x](//)',
    '[x](https:///)',
  ])('renders %s without throwing, checked or not', async (md) => {
    await expect(renderMarkdown(md)).resolves.toContain('x');
  });
});

describe('related links and [[…]]', () => {
  it.each(['**Read More:** [[harbour-fees]]', '*Also Read:* [[tram-line]]', '__Read Next__: [[harbour-fees]]'])(
    '%s is a related link, checked like a plain one',
    async (md) => {
      expect(kindsIn(md)).toEqual([]);
      const html = await renderMarkdown(md, LINKS);
      expect(html).toContain('class="related-link"');
      expect(html).not.toContain('[[');
    },
  );

  it('refuses [[id]] in the middle of a paragraph, naming it', () => {
    const [p, ...more] = problemsIn('Intro.\n\nWe said [[nope]] today.');
    expect(more).toEqual([]);
    expect(p).toMatchObject({ kind: 'StrayRelatedLink', severity: 'error', line: 3 });
    expect(p?.message).toContain('[[nope]]');
  });
});

describe('nesting', () => {
  // Generous: the parser took minutes on such lines before they were refused unparsed.
  const within = (ms: number, fn: () => unknown) => {
    const start = performance.now();
    fn();
    expect(performance.now() - start).toBeLessThan(ms);
  };

  it.each([
    ['25 quote levels', `${'> '.repeat(25)}deep`],
    ['25 list levels', Array.from({ length: 25 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n')],
    ['a 50,000-character line of >', '>'.repeat(50_000)],
    ['a 50,000-character line of "- "', '- '.repeat(25_000)],
  ])('%s: TooDeeplyNested, quickly', (_, md) => {
    within(5_000, () => expect(kindsIn(md)).toEqual([expect.stringMatching(/^TooDeeplyNested@/)]));
  });

  it('accepts lists and quotes nested a few levels, as news uses them', () => {
    expect(kindsIn('> quote\n>\n> - a\n>   - b\n>     - c')).toEqual([]);
  });

  it('refuses raw HTML nested past its limit', () => {
    within(5_000, () => expect(kindsIn(`${'<div>'.repeat(80)}x${'</div>'.repeat(80)}`)).toEqual(['TooDeeplyNested@1']));
  });
});
