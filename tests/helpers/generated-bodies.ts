/**
 * Story bodies made from the constructs the checker judges (links, raw HTML, related lines, headings,
 * nesting), valid and not, mixed at random but the same every run: a seeded PRNG, no dependency.
 */

/** mulberry32: a tiny, well-mixed 32-bit PRNG; the same seed gives the same stories. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Ids of the fixture content's stories (tests/fixtures/site/content), for related and internal links.
const FRAGMENTS: readonly string[] = [
  'The council met on Monday and voted on the harbour plan.',
  '## What happens next',
  '# Background',
  '## 1. Goal',
  '## Überblick: café & “quotes”',
  'See [the report](https://hallam.example.gov/report.pdf) and <https://wire.example.net/story>.',
  'See [our story](/politics/council-vote/) and [the section](https://courier.example.org/business/).',
  'See [the old page](/politics/council-vot/).',
  'See [the portal](www.example.gov/open).',
  'See [x](http://%20http//x) and [y](http://file:http://x).',
  'See [z](http://oasis\\_host/x) and [w](<http://oasis host/x>).',
  'A [](https://agency.example/report) link without words.',
  'Do not [click](javascript:alert(1)).',
  '**Read More:** [[market-reopens]]',
  '*Also Read:* [[tram-delays]]',
  'Read Next: [[nope]]',
  'We said [[council-vote]] in the middle of a sentence.',
  '<table><caption>Votes</caption><tr><th scope="col">Party</th><td colspan="2" style="x">31</td></tr></table>',
  '<script>alert(1)</script>',
  '<iframe src="https://v.example/embed"></iframe>',
  '<p style="color:red" onclick="x()">Styled <b class="k">text</b></p>',
  '<div><font face="Arial">Old archive text</font>',
  '</div>',
  '<h1>A heading in HTML</h1>',
  'As a <type of person>, I want <some goal> so that <a reason>.',
  'Profits < 5% and <br> a <x-widget>custom</x-widget> tag.',
  '<a href="javascript:alert(1)">bad</a> and <a href="/culture/">good</a>',
  '<!-- a note for the desk -->',
  '> A quote\n>\n> > nested <em>inside</em>\n> - with a list',
  '- one\n  - two\n    - three [link](/tags/harbour/)',
  '1. first\n2. second <span>html</span>',
  `${'> '.repeat(25)}too deep`,
  '>'.repeat(2_000),
  '```html\n<script>kept as code</script>\n```',
  '| a | b |\n|---|:-:|\n| <b>1</b> | [c](/city/) |',
  'A footnote[^1].\n\n[^1]: Said on [Monday](https://example.org/).',
  'Text with `<iframe>` in code and a &amp; entity &#0; and &bogus;.',
  '[x][ref]\n\n[ref]: http://%20http//x',
  '<details><summary>More</summary>Hidden</details>',
  '<svg><script>alert(1)</script></svg><math><mi>x</mi></math>',
  '* * *',
  '<div>\n\n## A heading inside a div\n\n</div>',
  ':::factbox[Key *facts*]\n- Fare: £1.20\n\n| a | b |\n|---|---|\n| <b>1</b> | 2 |\n:::',
  ':::pullquote{by="Mira <Lund>"}\nThe council met on Monday\n:::',
  ':::pullquote[A label]\nSee [the report](https://hallam.example.gov/report.pdf)\n:::',
  ':::aside\n## A heading in an aside\n\n![A quay](../images/harbour.jpg)\n:::',
  ':::editors-note[Correction]\nUpdated on <b>Tuesday</b>.\n:::',
  ':::factbx\nA misspelt box.\n:::',
  '::factbox',
  ':::embed\nhttps://v.example/x\n:::',
  '::::factbox\n:::aside\nA box in a box.\n:::\n::::',
  ':::factbox{.red #id}\nSettings.\n:::',
  ':::editors-note\n:::',
  ':::aside[Never closed]\nThe rest of the story.',
  '\\:::factbox and ::not-a-directive at the start.',
];

/** `count` bodies, each opening with a plain paragraph (so never empty), then 1–7 fragments. */
export function generatedBodies(count: number, seed = 20261129): string[] {
  const random = mulberry32(seed);
  const pick = () => FRAGMENTS[Math.floor(random() * FRAGMENTS.length)]!;
  return Array.from({ length: count }, () => {
    const parts = [FRAGMENTS[0]!, ...Array.from({ length: 1 + Math.floor(random() * 7) }, pick)];
    // Mostly blank lines between blocks; sometimes one newline, so blocks run into each other.
    return `${parts
      .map((p, i) => (i && random() < 0.2 ? `\n${p}` : `\n\n${p}`))
      .join('')
      .trim()}\n`;
  });
}
