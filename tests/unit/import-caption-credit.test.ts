import { describe, expect, it } from 'vitest';
import { captionAndCredit } from '../../src/import/convert/caption-credit.ts';
import { parseCreditLine } from '../../src/model/credit-line.ts';

const NEAR = '2026-11-04';
const split = (caption: string) => {
  const { notes, ...rest } = captionAndCredit(caption, NEAR);
  return { ...rest, notes: notes.map((n) => n.kind) };
};

describe('captionAndCredit finds the credit in every form newsrooms write', () => {
  const forms: [string, string, { caption?: string; credit?: string }][] = [
    [
      'a trailing (Photo: X)',
      'The lock gates open at dawn. (Photo: Ada Brennan)',
      { caption: 'The lock gates open at dawn.', credit: 'Ada Brennan' },
    ],
    [
      'Photo: X after the caption',
      'Gulls over the quay. Photo: Tomas Lind',
      { caption: 'Gulls over the quay.', credit: 'Tomas Lind' },
    ],
    [
      'Photo by X',
      'A pilot boat leaves the harbour. Photo by Tomas Lind',
      { caption: 'A pilot boat leaves the harbour.', credit: 'Photo by Tomas Lind' },
    ],
    [
      '— Photo by X',
      'Fishing boats wait out the storm — Photo by Ines Moreau',
      { caption: 'Fishing boats wait out the storm', credit: 'Photo by Ines Moreau' },
    ],
    [
      'Credit: X',
      'The fish market reopens. Credit: Northwire Photo',
      { caption: 'The fish market reopens.', credit: 'Northwire Photo' },
    ],
    [
      'X/Northwire Photo (wire)',
      'The harbour master, Rhian Castell. Ada Brennan/Northwire Photo',
      { caption: 'The harbour master, Rhian Castell.', credit: 'Ada Brennan/Northwire Photo' },
    ],
    ['© X', 'The Carrow lighthouse. © 2026 Sava Petrov', { caption: 'The Carrow lighthouse.', credit: '© 2026 Sava Petrov' }],
    [
      'Courtesy of X',
      'The harbour in 1890. Courtesy of the Hallam Maritime Museum',
      { caption: 'The harbour in 1890.', credit: 'Courtesy of the Hallam Maritime Museum' },
    ],
    ['a credit alone', 'Photo: Hallam Courier archive', { credit: 'Hallam Courier archive' }],
    [
      'a byline, then the caption',
      'Photo by A. Brennan. Crowds at the quay.',
      { caption: 'Crowds at the quay.', credit: 'Photo by A. Brennan' },
    ],
    ['a known agency in brackets', 'Crews at the quay (Reuters)', { caption: 'Crews at the quay', credit: 'Reuters' }],
    [
      'a credit on the line under the caption',
      'The Wend at high tide<br>Ada Brennan/Northwire Photo',
      { caption: 'The Wend at high tide', credit: 'Ada Brennan/Northwire Photo' },
    ],
  ];
  for (const [form, caption, expected] of forms) {
    it(form, () => {
      expect(split(caption)).toEqual({ ...expected, notes: [] });
      expect(parseCreditLine(expected.credit!, NEAR).ok).toBe(true);
    });
  }

  it('writes the whole wire form back as a credit line, its caption moved to the caption', () => {
    const wire =
      'Credit: Northwire Photo – HALLAM, WESTMARCH – Nov 3, 2026: Ferry crews tie up at the Wend quay before the strike vote — Photo by Ada Brennan';
    expect(split(wire)).toEqual({
      caption: 'Ferry crews tie up at the Wend quay before the strike vote',
      credit: 'Northwire Photo – HALLAM, WESTMARCH – Nov 3, 2026 — Photo by Ada Brennan',
      notes: [],
    });
  });

  it('reads a credit whose date has no year, the story’s day giving it one', () => {
    expect(split('Crews vote on Nov. 3. (Photo by Tomas Lind/Northwire Photo)')).toEqual({
      caption: 'Crews vote on Nov. 3.',
      credit: 'Photo by Tomas Lind/Northwire Photo',
      notes: [],
    });
  });
});

describe('captionAndCredit leaves what it cannot read', () => {
  it('keeps a caption without a credit as it is', () => {
    expect(split('Just a caption about the Assembly.')).toEqual({ caption: 'Just a caption about the Assembly.', notes: [] });
  });

  it('keeps a credit the parser refuses in the caption, with a note', () => {
    const impossible = 'Pickets at the gate. Credit: Northwire Photo – HALLAM – Feb 30, 2026';
    expect(split(impossible)).toEqual({ caption: impossible, notes: ['unparsed-credit'] });
    expect(captionAndCredit(impossible).notes[0]!.detail).toMatch(/Feb 30, 2026.*not a real date/);
    expect(split('Photo: the harbour at dawn')).toEqual({ caption: 'Photo: the harbour at dawn', notes: ['unparsed-credit'] });
  });

  it('makes plain text of HTML: entities decoded, tags dropped, a link’s words kept', () => {
    const html =
      'The <em>Wend</em> at &ldquo;high&rdquo; tide &amp; after.<br>Photo: <a href="https://ada.example/">Ada Brennan</a>';
    expect(split(html)).toEqual({ caption: 'The Wend at “high” tide & after.', credit: 'Ada Brennan', notes: [] });
  });

  it('answers with no caption and no credit for an empty or tag-only caption', () => {
    expect(split('')).toEqual({ notes: [] });
    expect(split('<span> </span>')).toEqual({ notes: [] });
    expect(Object.keys(captionAndCredit('<br>'))).toEqual(['notes']);
  });
});
