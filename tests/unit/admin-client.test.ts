import sharp from 'sharp';
import { fromJS } from 'immutable';
import { describe, expect, it } from 'vitest';
import { decapMatch } from '../helpers/decap-match.ts';
import { photoComponent, relatedLineComponent } from '../../src/admin/client/body-components.ts';
import { boxComponents } from '../../src/admin/client/box-components.ts';
import { bodyProblems, parseBody, scanBody } from '../../src/check/body.ts';
import { creditFields, creditFromFile, lineProblem, shownCredit, withField } from '../../src/admin/client/credit-value.ts';
import type { EditorComponent, Immutable } from '../../src/admin/client/decap-types.ts';
import { pruneEmpty } from '../../src/admin/client/prune-empty.ts';
import { relativePhotoPaths, upToContent } from '../../src/admin/client/photo-paths.ts';
import { firstCredit, readIptc, readXmp } from '../../src/photos/file-credit.ts';
import { jpegMetadata } from '../../src/photos/jpeg-segments.ts';
import { creditXmp } from '../../src/photos/xmp.ts';

const LINE = 'Courier Pictures – HALLAM, WESTMARCH – Nov 21, 2026 — Photo by Ines Calder';

// The parts of the editor that run in the browser, tested here without one; the end-to-end test
// (tests/browser/admin-editor.test.ts) drives them through Decap CMS.
describe("the editor's credit field", () => {
  it('reads a pasted wire line with the parser the checker uses, and says why when it cannot', () => {
    expect(creditFields(LINE)).toEqual({
      source: 'Courier Pictures',
      location: 'HALLAM, WESTMARCH',
      date: '2026-11-21',
      photographer: 'Ines Calder',
    });
    expect(lineProblem(LINE)).toBeUndefined();
    expect(lineProblem('???')).toMatch(/names no agency or photographer. Expected a credit like/);
    expect(shownCredit(LINE)).toBe(LINE);
  });

  it('turns a line into fields when one field is edited, and drops a field emptied', () => {
    expect(withField(LINE, 'photographer', 'Ines Calder-Moss')).toMatchObject({
      source: 'Courier Pictures',
      photographer: 'Ines Calder-Moss',
    });
    expect(withField({ source: 'Reuters', photographer: 'A. Lee' }, 'photographer', ' ')).toEqual({ source: 'Reuters' });
  });

  it('offers the credit a JPEG carries in its XMP, found without decoding the photo', async () => {
    const xmp = creditXmp({
      credit: { source: 'Courier Pictures', photographer: 'Ines Calder', copyright: '© 2026 Courier Pictures' },
    });
    const jpeg = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#345' } })
      .jpeg()
      .withXmp(xmp)
      .toBuffer();
    const meta = jpegMetadata(new Uint8Array(jpeg));
    expect(creditFromFile(firstCredit([readIptc(meta.iptc), readXmp(meta.xmp)]))).toEqual({
      source: 'Courier Pictures',
      photographer: 'Ines Calder',
      copyright: '© 2026 Courier Pictures',
    });
  });

  it('finds nothing in a photo without a credit, a PNG, or a JPEG cut short', async () => {
    const plainJpeg = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#000' } })
      .jpeg()
      .toBuffer();
    const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#000' } })
      .png()
      .toBuffer();
    expect(jpegMetadata(new Uint8Array(plainJpeg))).toEqual({});
    expect(jpegMetadata(new Uint8Array(png))).toEqual({});
    expect(jpegMetadata(new Uint8Array([0xff, 0xd8, 0xff, 0xe1, 0xff, 0xff, 0x00]))).toEqual({});
    expect(creditFromFile({})).toBeUndefined();
  });
});

describe("the body editor's buttons", () => {
  it('write a photo with its credit line as the body syntax has it, and read it back', () => {
    const photo = photoComponent();
    const data = { src: '../../images/ferry.jpg', alt: 'The ferry at dusk', caption: "The crew's last check.", credit: LINE };
    const block = photo.toBlock(data);
    expect(block).toBe(`![The ferry at dusk](../../images/ferry.jpg "The crew's last check.")\nCredit: ${LINE}`);
    const match = block.match(photo.pattern);
    expect(match && photo.fromBlock(match)).toEqual(data);
    expect(photo.toPreview(data)).toContain(`<span class="figure__credit">Credit: ${LINE}</span>`);
  });

  it('write a related line, read it in the forms desks type, and preview it with the current headline', () => {
    const index = {
      stories: { 'market-reopens': { headline: 'Saltmarket reopens', url: '/city/market-reopens/' } },
      authors: {},
      sections: {},
    };
    const line = relatedLineComponent(index);
    expect(line.toBlock({ label: 'Also Read', id: 'market-reopens' })).toBe('Also Read: [[market-reopens]]');
    for (const typed of [
      'Read More: [[market-reopens]]',
      '**Read Next:** [[market-reopens]]',
      '_Also Read_: [[ market-reopens ]]',
    ]) {
      const match = typed.match(line.pattern);
      expect(match, typed).not.toBeNull();
      expect(line.fromBlock(match!).id).toBe('market-reopens');
    }
    expect(line.toPreview({ label: 'Read More', id: 'market-reopens' })).toBe(
      '<p class="related-link"><span class="related-link__label">Read More:</span> <a href="/city/market-reopens/">Saltmarket reopens</a></p>',
    );
  });
});

describe('saving', () => {
  it('leaves out what was left empty, as an editor writing the file would, and keeps false and 0', () => {
    const data = fromJS({ headline: 'H', dateline: '', draft: false, hero: { src: '', credit: {} }, tags: [], focal: { x: 0 } });
    expect((pruneEmpty(data) as Immutable).toJS()).toEqual({ headline: 'H', draft: false, focal: { x: 0 } });
  });
});

describe('photo paths', () => {
  it('are written from the story file to content/images/, however deep the story is filed', () => {
    expect(upToContent('content/articles/news/council-vote.md', 'content')).toBe('../../');
    expect(upToContent('content/articles/2010/06/post.md', 'content')).toBe('../../../');
    // A new story is filed at articles/<section>/<year>/<id>.md.
    expect(upToContent(undefined, 'content')).toBe('../../../');
    const data = fromJS({
      hero: { src: '../../../images/ferry.jpg', alt: 'A ferry' },
      body: 'Text.\n\n![A ferry](../../../images/ferry.jpg)\nCredit: Courier Pictures\n\n[a page](/politics/x/)',
    });
    expect((relativePhotoPaths(data, '../../../images', '../../') as Immutable).toJS()).toEqual({
      hero: { src: '../../images/ferry.jpg', alt: 'A ferry' },
      body: 'Text.\n\n![A ferry](../../images/ferry.jpg)\nCredit: Courier Pictures\n\n[a page](/politics/x/)',
    });
  });
});

describe("the body editor's boxes", () => {
  const [factbox, aside, pullquote, note] = boxComponents();

  it('round-trip each box through its fields, blank lines inside and more story after it', () => {
    const cases: [EditorComponent, string][] = [
      [factbox!, ':::factbox[The Wend chain ferry]\n\n- **Crossing:** 180 metres\n- Fare: free\n\n:::'],
      [factbox!, ':::factbox\nTwo facts.\n:::'],
      [aside!, ':::aside[Who was Ada Wend?]\nA rope-maker.\n\nHer boat hangs in the museum.\n:::'],
      [pullquote!, ':::pullquote{by="Desmond Achebe, captain"}\nYou are never late for the ferry.\n:::'],
      [pullquote!, ':::pullquote\nWords without a speaker.\n:::'],
      [note!, ':::editors-note\nThis story was updated.\n:::'],
      [note!, ':::editors-note[Correction]\nThe vote was on Tuesday.\n:::'],
    ];
    for (const [component, block] of cases) {
      const m = decapMatch(component.pattern, `${block}\n\nThe story goes on.\n\n:::aside\nAnother box.\n:::\n`);
      expect(m?.[0], block).toBe(block);
      expect(component.toBlock(component.fromBlock(m!)), block).toBe(block);
    }
    expect(factbox!.pattern.flags).not.toContain('m');
    expect(factbox!.pattern.source.startsWith('^')).toBe(true);
  });

  it('writes what the fields hold as a box the checker passes, whatever was typed', () => {
    const block = pullquote!.toBlock({ quote: 'Keep it open.', by: 'Mira "Mo" Lund' });
    expect(block).toBe(':::pullquote{by="Mira ”Mo” Lund"}\nKeep it open.\n:::');
    expect(factbox!.toBlock({ title: 'Fares [2026]\nand more', body: '- £1.20' })).toBe(
      ':::factbox[Fares [2026) and more]\n- £1.20\n:::',
    );
    const problems = (md: string) => bodyProblems('a.md', md, 1, scanBody(parseBody(md), 1));
    expect(problems(`Keep it open.\n\n${block}\n\n${factbox!.toBlock({ title: '', body: '- £1.20' })}\n`)).toEqual([]);
  });

  it('does not take a paragraph that only mentions a box, nor a box of another name', () => {
    expect(decapMatch(factbox!.pattern, 'Write :::factbox to open one.\n')).toBeNull();
    expect(decapMatch(factbox!.pattern, ':::aside\nText.\n:::\n')).toBeNull();
    expect(decapMatch(factbox!.pattern, ':::factbox\nNever closed.\n\nMore.\n')).toBeNull();
  });

  it('previews each box in the paper’s markup, its text escaped', () => {
    expect(factbox!.toPreview({ title: '', body: '- One <b>\n- Two' })).toBe(
      '<aside class="story-box story-box--factbox"><h2 class="story-box__title">Key facts</h2><ul><li>One &lt;b&gt;</li><li>Two</li></ul></aside>',
    );
    expect(factbox!.toPreview({ title: 'Fares', body: '- **Fare:** _free_ for a_b' })).toContain(
      '<li><strong>Fare:</strong> <em>free</em> for a_b</li>',
    );
    expect(note!.toPreview({ body: 'Updated.' })).toContain(
      'role="note"><p class="story-box__title">Editor’s note</p><p>Updated.</p>',
    );
    expect(pullquote!.toPreview({ quote: 'Keep it open.', by: 'Mira' })).toBe(
      '<figure class="pullquote"><blockquote><p>Keep it open.</p></blockquote><figcaption class="pullquote__by">Mira</figcaption></figure>',
    );
  });
});
