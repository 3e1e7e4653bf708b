import { beforeAll, describe, expect, it } from 'vitest';
import type { SourcePost } from '../../src/import/source.ts';
import { FIXTURE_UPLOADS as UPLOADS, readWordpressFixture } from '../helpers/wordpress-fixture.ts';

/** The bodies of the fixture export as the reader hands them over: HTML without WordPress's own syntax. */
let posts: Map<string, SourcePost>;
const body = (key: string) => posts.get(key)!.body.text;
const notes = (key: string) => posts.get(key)!.notes;

beforeAll(async () => {
  ({ posts } = await readWordpressFixture());
});

describe('WordPress bodies: photos', () => {
  it('turns [caption] with a linked photo into a figure, with the original file and the attachment alt (101)', () => {
    expect(body('101')).toContain(
      `<figure><img src="${UPLOADS}/2025/11/harbour-crane.jpg" alt="A new blue gantry crane towers over containers on Hallam&#39;s East Quay">` +
        '<figcaption>The first of the new cranes is due on the quay by March. Photo: Ada Brennan/Northwire Photo</figcaption></figure>',
    );
    expect(body('101')).not.toMatch(/\[caption|\[\/caption\]|<a href/);
  });

  it('reads a caption with an unlinked photo and a wire credit (102), and the pre-3.4 caption attribute (103)', () => {
    expect(body('102')).toContain(
      '<figcaption>Credit: Northwire Photo – HALLAM, WESTMARCH – Nov 3, 2025: Workers close the River Wend flood barrier ahead of the storm surge. — Photo by Ada Brennan</figcaption>',
    );
    expect(body('103')).toContain(
      `<figure><img src="${UPLOADS}/2025/11/assembly-chamber.jpg" alt="Members of the Hallam Assembly seated in the debating chamber">` +
        '<figcaption>The Assembly sat late into the night. — Photo by Lior Santana</figcaption></figure>',
    );
  });

  it('turns block-editor image and gallery blocks into plain figures, a gallery caption into a paragraph (104, 105, 106)', () => {
    // WordPress writes alt="" when nobody wrote one: left out, so the importer sees it is missing.
    expect(body('104')).toContain(
      `<figure><img src="${UPLOADS}/2025/11/ferry-terminal.jpg"><figcaption>Passengers queue for the first sailing. Photo: Hallam Courier</figcaption></figure>`,
    );
    expect(body('105')).toContain(
      `<figure><img src="${UPLOADS}/2025/10/rowing-regatta.jpg" alt="Two eights level at the Millbank bend"><figcaption>Hallam RC and Carrow level at Millbank. — Photo by Lior Santana</figcaption></figure>\n` +
        `<figure><img src="${UPLOADS}/2025/10/market-hall.jpg" alt="Stalls inside the restored Corn Market Hall"></figure>\n<p>Scenes from regatta day.</p>`,
    );
    expect(body('106')).toContain(
      `<figure><img src="${UPLOADS}/2025/10/market-hall.jpg" alt="Stalls inside the restored Corn Market Hall"></figure>\n` +
        `<figure><img src="${UPLOADS}/2025/10/rowing-regatta.jpg" alt="Two eights level at the Millbank bend"><figcaption>Ropewalk, the site traders turned down.</figcaption></figure>`,
    );
    for (const key of ['104', '105', '106']) expect(body(key)).not.toMatch(/<!--|wp-block-gallery|blocks-gallery|wp-image-/);
  });

  it('turns [gallery ids] into one figure per photo with its caption, noting ids not in the export (108)', () => {
    expect(body('108')).toContain(
      `<figure><img src="${UPLOADS}/2025/10/market-hall.jpg" alt="Stalls inside the restored Corn Market Hall"><figcaption>Traders return to the Corn Market Hall. Photo: Hallam Courier</figcaption></figure>\n` +
        `<figure><img src="${UPLOADS}/2025/10/rowing-regatta.jpg" alt="Two eights level at the Millbank bend"></figure>`,
    );
    expect(notes('108')).toEqual([
      { kind: 'missing-photo', detail: '[gallery] names attachment 599, not in the export: left out' },
    ]);
  });

  it('shows the photos uploaded to the post for a bare [gallery], in menu order (109)', () => {
    const srcs = [...body('109').matchAll(/src="([^"]+)"/g)].map((m) => m[1]);
    expect(srcs).toEqual([
      `${UPLOADS}/2025/10/rowing-regatta.jpg`,
      `${UPLOADS}/2025/10/market-hall.jpg`,
      `${UPLOADS}/2025/11/switch-on-pupils.jpg`,
    ]);
  });

  it('makes a paragraph holding only a photo linked to its file a figure (135)', () => {
    expect(body('135')).toContain(
      `<figure><img src="${UPLOADS}/2025/11/harbour-crane.jpg" alt="Cranes on the East Quay at dawn"></figure>`,
    );
  });
});

describe('WordPress bodies: embeds, blocks and shortcodes', () => {
  it('links what [embed] and a URL alone on its line embedded, with a note each (110)', () => {
    const url = 'https://video.hallam-assembly.example/sessions/2025-11-06';
    expect(body('110')).toContain(`<p><a href="${url}">${url}</a></p>`);
    expect(body('110')).toContain(
      '<p>Embed: <a href="https://www.youtube.com/watch?v=hallamspeaker">https://www.youtube.com/watch?v=hallamspeaker</a></p>',
    );
    expect(notes('110').map((n) => n.kind)).toEqual(['embed', 'embed']);
  });

  it('links [youtube URL], [video mp4=…] and [audio mp3=…] (111) and an embed block (107)', () => {
    expect(notes('111').map((n) => n.detail)).toEqual([
      '[youtube] https://www.youtube.com/watch?v=shantyhallam: kept as an embed',
      `[video] ${UPLOADS}/2025/10/net-loft-sessions.mp4: kept as a link`,
      `[audio] ${UPLOADS}/2025/10/wend-water.mp3: kept as a link`,
    ]);
    expect(body('111')).not.toContain('[');
    expect(body('107')).toContain(
      '<p>Embed: <a href="https://www.youtube.com/watch?v=hallamport01">https://www.youtube.com/watch?v=hallamport01</a></p>',
    );
    expect(body('107')).toContain('<figure class="wp-block-table"><table><thead>');
  });

  it('leaves unknown shortcodes exactly as written and names them; prose in brackets is not touched (112)', () => {
    expect(body('112')).toContain('<p>[pullquote align="right"]"The cranes are the right call, ten years late."[/pullquote]</p>');
    expect(body('112')).toContain('<p>[contact-form-7 id="44" title="Letters to the editor"]</p>');
    expect(body('112')).toContain('was right [sic] but');
    expect(body('112')).toContain('as much as we do.[1] — <em>J. Farrant, Millbank</em>');
    expect(body('112')).toContain(
      "<p>[Editor's note: Carrow District Council says it contributes through the estuary levy.]</p>",
    );
    expect(notes('112')).toEqual([
      { kind: 'unknown-shortcode', detail: '[pullquote] left as written: [pullquote align="right"]' },
      {
        kind: 'unknown-shortcode',
        detail: '[contact-form-7] left as written: [contact-form-7 id="44" title="Letters to the editor"]',
      },
    ]);
  });

  it('strips block comments, keeps quote and list HTML, and notes blocks WordPress drew on display (104, 124)', () => {
    expect(body('104')).toContain('<blockquote class="wp-block-quote">\n<p>We kept the old clock and the old bell.');
    expect(body('104')).toContain('<li>A covered walkway from the bus station</li>');
    expect(body('124')).toBe(
      "<p>Hallam Central Library will open until 8pm on weekdays from January, the Assembly's culture committee agreed.</p>",
    );
    expect(notes('124').map((n) => n.detail)).toEqual([
      'reusable block 123 (wp:block): not in the post, left out',
      'wp:latest-posts block: drawn by WordPress when shown, left out',
    ]);
  });

  it('adds paragraphs and line breaks to classic posts, not inside <pre> nor around lists (132, 133)', () => {
    expect(body('132')).toContain(
      '<pre>MONTH      TEU      SHIPS\nOctober    47,310   212\n\nhttps://port-of-hallam.example/returns/2025-10\n</pre>',
    );
    expect(notes('132')).toEqual([]);
    expect(body('133')).toBe(
      '<p>These roads close from 9am to 1pm on Sunday:</p>\n<ul>\n<li>Quay Street, from the Customs House to Fisher Row</li>\n' +
        '<li>Assembly Square</li>\n<li>Ropewalk, northbound only</li>\n</ul>\n' +
        '<p>Diversions are signed. The parade leaves the Customs House at 10.30am.</p>\n' +
        '<blockquote><p>They shall grow not old.<br />\nRead at the memorial by the Lord Mayor.</p></blockquote>',
    );
  });

  it('drops the more tag and keeps internal links and promo lines for the importer to rewrite (134, 125)', () => {
    expect(body('134')).toMatch(
      /^<p>Hallam has a river older than the city and a maritime collection kept in three sheds\.<\/p>\n<p>The Assembly/,
    );
    expect(body('125')).toContain('<a href="https://hallam-courier.example/?p=107">its October report</a>');
    expect(body('125')).toContain(
      '<p>Read more: <a href="https://hallam-courier.example/2025/11/04/assembly-approves-east-quay-crane/">Assembly approves East Quay crane upgrade</a></p>',
    );
  });

  it('keeps non-ASCII text, curly quotes, emoji and entities as written (127, 128, 129)', () => {
    expect(body('127')).toContain(
      'sold out of pretzels by four o\'clock 🥨. "Wir kommen wieder," said the town\'s mayor, Jürgen Faßbender',
    );
    expect(body('128')).toContain('“I grew up looking at this river,” she said.');
    expect(body('129')).toContain('The harbour office&#8217;s plan runs to 140 pages. Its cost: &pound;61m');
  });
});

describe('text that reads as a directive', () => {
  it('stays text: a paragraph starting with `:::` or `::name` is escaped', async () => {
    const { htmlToMarkdown } = await import('../../src/import/convert/html-to-markdown.ts');
    const { problemsIn } = await import('../helpers/body-problems.ts');
    const { markdown } = htmlToMarkdown('<p>:::warning Mind the gap</p><p>::before and ::after are CSS.</p>');
    expect(markdown).toContain('\\:::warning');
    expect(problemsIn(markdown).filter((p) => p.severity === 'error')).toEqual([]);
  });
});
