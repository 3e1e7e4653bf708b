import { describe, expect, it } from 'vitest';
import { photoUrls } from '../../src/import/convert/photo-urls.ts';
import { rewriteBody, type BodyRewrites } from '../../src/import/convert/rewrite-body.ts';
import { problemsIn } from '../helpers/body-problems.ts';

const OLD = 'https://old.example';
/** Three imported stories, a photo folder with two photos, everything else unknown. */
const stories: Record<string, string> = {
  [`${OLD}/2026/10/01/harbour-fees/`]: 'harbour-fees',
  [`${OLD}/2026/09/15/tram-line/`]: 'tram-line',
  [`${OLD}/?p=77`]: 'ferry-strike',
};
const photos: Record<string, string> = {
  [`${OLD}/uploads/quay.jpg`]: '../../../images/2026/quay.jpg',
  [`${OLD}/uploads/crane 4.jpg`]: '../../../images/2026/crane-4.jpg',
};
const asked: string[] = [];
const rewrites: BodyRewrites = {
  link: (url) => (stories[url] ? `/city/${stories[url]}/` : undefined),
  photo: (url) => {
    asked.push(url);
    return photos[url];
  },
  storyId: (url) => stories[url],
};
const rewrite = (markdown: string) => rewriteBody(markdown, rewrites);
const errorsIn = (markdown: string) => problemsIn(markdown).filter((p) => p.severity === 'error');

describe('rewriteBody: links', () => {
  it('gives links to imported stories their new address and leaves the rest byte for byte', () => {
    const md = `Fees [rose](${OLD}/2026/10/01/harbour-fees/ "The vote") again,  *as* [expected](https://elsewhere.example/).\n`;
    expect(rewrite(md).markdown).toBe(
      'Fees [rose](/city/harbour-fees/ "The vote") again,  *as* [expected](https://elsewhere.example/).\n',
    );
  });

  it('writes an autolink or a bare address as a link keeping its words', () => {
    const md = `See <${OLD}/2026/09/15/tram-line/> or ${OLD}/2026/09/15/tram-line/ today.\n`;
    const out = `See [${OLD}/2026/09/15/tram-line/](/city/tram-line/) or [${OLD}/2026/09/15/tram-line/](/city/tram-line/) today.\n`;
    expect(rewrite(md).markdown).toBe(out);
  });

  it('rewrites reference definitions and href in raw HTML, code left alone', () => {
    const md = [
      'A [ref][fees] link.',
      '',
      `[fees]: ${OLD}/2026/10/01/harbour-fees/`,
      '',
      `<table><tr><td><a href='${OLD}/?p=77'>strike</a></td></tr></table>`,
      '',
      '```',
      `[code](${OLD}/?p=77)`,
      '```',
      '',
    ].join('\n');
    const out = rewrite(md).markdown;
    expect(out).toContain('[fees]: /city/harbour-fees/\n');
    expect(out).toContain(`<a href='/city/ferry-strike/'>strike</a>`);
    expect(out).toContain(`[code](${OLD}/?p=77)`);
  });

  it('decodes character references in an HTML address before asking, and encodes the answer', () => {
    const md = `<p><a href="${OLD}/?p=77&amp;utm=x">strike</a></p>\n`;
    const out = rewriteBody(md, { ...rewrites, link: (url) => (url.endsWith('&utm=x') ? '/a/?b=1&c=2' : undefined) });
    expect(out.markdown).toBe('<p><a href="/a/?b=1&amp;c=2">strike</a></p>\n');
  });
});

describe('rewriteBody: promo paragraphs', () => {
  const promo = (md: string) => rewrite(`${md}\n`).markdown.trim();

  it('turns a label and one link to an imported story into a related-link line, keeping the label', () => {
    expect(promo(`Read more: [Fees rise](${OLD}/2026/10/01/harbour-fees/)`)).toBe('Read more: [[harbour-fees]]');
    expect(promo(`**Read More:** [Fees rise](${OLD}/2026/10/01/harbour-fees/)`)).toBe('Read More: [[harbour-fees]]');
    expect(promo(`*Related: [Trams](${OLD}/2026/09/15/tram-line/)*`)).toBe('Related: [[tram-line]]');
    expect(promo(`See also – [Strike](${OLD}/?p=77).`)).toBe('See also: [[ferry-strike]]');
    expect(promo(`Also read [Strike](${OLD}/?p=77)`)).toBe('Also read: [[ferry-strike]]');
    expect(promo(`[READ MORE: Ferry crews strike](${OLD}/?p=77)`)).toBe('READ MORE: [[ferry-strike]]');
  });

  it('makes lines the checker and the renderer read as related links', () => {
    const out = rewrite(`Intro.\n\n**Read next:** [Trams](${OLD}/2026/09/15/tram-line/)\n`).markdown;
    expect(errorsIn(out)).toEqual([]);
    expect(out).toBe('Intro.\n\nRead next: [[tram-line]]\n');
  });

  it('leaves promos to pages that were not imported, sentences and paragraphs with two links', () => {
    const kept = [
      'Read more: [A guide](https://elsewhere.example/ports/)',
      `Read more about [the fees](${OLD}/2026/10/01/harbour-fees/) in our guide.`,
      `Related: [Fees](${OLD}/2026/10/01/harbour-fees/) and [trams](${OLD}/2026/09/15/tram-line/)`,
      `[Read more about the fees](${OLD}/2026/10/01/harbour-fees/)`,
    ];
    for (const md of kept) expect(promo(md)).not.toMatch(/\[\[/);
  });
});

describe('rewriteBody: photos', () => {
  it('points photos that were had at their files, credit lines and titles untouched', () => {
    const md = `![The quay](${OLD}/uploads/quay.jpg "Crews at dawn.")\nCredit: Ada Brennan/Northwire Photo\n\n![Crane](<${OLD}/uploads/crane 4.jpg>)\n`;
    expect(rewrite(md).markdown).toBe(
      '![The quay](../../../images/2026/quay.jpg "Crews at dawn.")\nCredit: Ada Brennan/Northwire Photo\n\n![Crane](../../../images/2026/crane-4.jpg)\n',
    );
  });

  it('takes a missing photo out with its credit, keeping its caption as an italic line, with a note', () => {
    const md = `Before.\n\n![Gone](${OLD}/uploads/gone.jpg "The *old* pier.")\nCredit: Ada Brennan\n\nAfter.\n`;
    const { markdown, notes } = rewrite(md);
    expect(markdown).toBe('Before.\n\n*The \\*old\\* pier.*\n\nAfter.\n');
    expect(notes.map((n) => n.kind)).toEqual(['missing-photo']);
    expect(notes[0]!.detail).toContain(`${OLD}/uploads/gone.jpg`);
  });

  it('takes out a missing photo without a caption, inline, linked, by reference and in HTML', () => {
    const md = [
      `Before.`,
      '',
      `![Gone](${OLD}/uploads/gone.jpg)`,
      '',
      `Text ![icon](${OLD}/uploads/gone.jpg) and [![linked](${OLD}/uploads/gone.jpg)](https://x.example/) end, ![ref][g].`,
      '',
      `<div><img src="${OLD}/uploads/gone.jpg" alt="x"> kept words</div>`,
      '',
      `[g]: ${OLD}/uploads/gone.jpg`,
      '',
    ].join('\n');
    const { markdown, notes } = rewrite(md);
    expect(markdown).toBe('Before.\n\nText and end, .\n\n<div> kept words</div>\n');
    expect(notes).toHaveLength(5);
    expect(errorsIn(markdown)).toEqual([]);
  });

  it('asks about each address once', () => {
    asked.length = 0;
    rewrite(
      `![a](${OLD}/uploads/quay.jpg)\n\n![b](${OLD}/uploads/quay.jpg)\n\n[![c](${OLD}/uploads/gone.jpg)](https://x.example/)\n`,
    );
    expect(asked).toEqual([`${OLD}/uploads/quay.jpg`, `${OLD}/uploads/gone.jpg`]);
  });
});

describe('photoUrls', () => {
  it('lists every photo a body shows, in order, each once', () => {
    const md = [
      `![a](${OLD}/a.jpg "A")`,
      'Credit: Ada Brennan',
      '',
      `Text ![b](<${OLD}/b 2.jpg>) and ![ref][r] and [a link](${OLD}/page/).`,
      '',
      `<table><tr><td><img alt="c" src='${OLD}/c.jpg?w=1&amp;h=2'><a href="${OLD}/d.jpg">d</a></td></tr></table>`,
      '',
      `![again](${OLD}/a.jpg)`,
      '',
      `[r]: ${OLD}/r.jpg`,
      `[unused]: ${OLD}/unused.jpg`,
      '',
      '```',
      `![in code](${OLD}/code.jpg)`,
      '```',
    ].join('\n');
    expect(photoUrls(md)).toEqual([`${OLD}/a.jpg`, `${OLD}/b 2.jpg`, `${OLD}/r.jpg`, `${OLD}/c.jpg?w=1&h=2`]);
  });

  it('is empty for a body without photos', () => {
    expect(photoUrls('Just words, and a [link](https://x.example/).\n')).toEqual([]);
  });
});

describe('rewriteBody: text that reads as a directive', () => {
  it('keeps an old site’s `:::note` and `::name` lines as text, with a backslash, and still rewrites links inside', () => {
    const markdown = `:::note[Heads up]\nSee [the fees](${OLD}/2026/10/01/harbour-fees/).\n:::\n\n::youtube[Old clip]\n\n::FunkyMarkdown.new(content)\n`;
    const out = rewrite(markdown).markdown;
    expect(out).toBe(
      '\\:::note[Heads up]\nSee [the fees](/city/harbour-fees/).\n:::\n\n\\::youtube[Old clip]\n\n::FunkyMarkdown.new(content)\n',
    );
    expect(errorsIn(out)).toEqual([]);
  });
});
