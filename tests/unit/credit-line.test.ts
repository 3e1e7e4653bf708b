import { describe, it, expect } from 'vitest';
import { formatCredit, parseCreditLine, type CreditParts } from '../../src/model/credit-line.ts';

function parsed(line: string): CreditParts {
  const result = parseCreditLine(line);
  if (!result.ok) throw new Error(`expected ok for ${JSON.stringify(line)}: ${result.message}`);
  return result.value;
}

function failure(line: string): string {
  const result = parseCreditLine(line);
  if (result.ok) throw new Error(`expected failure for ${JSON.stringify(line)}`);
  return result.message;
}

const CANONICAL = 'DepositPhotos – JERUSALEM, ISRAEL – Dec 22, 2015: Christmas lights on the old city walls — Photo by palinchak';
const JERUSALEM: CreditParts = {
  source: 'DepositPhotos',
  location: 'JERUSALEM, ISRAEL',
  date: '2015-12-22',
  caption: 'Christmas lights on the old city walls',
  photographer: 'palinchak',
};

describe('parseCreditLine: full agency credit lines', () => {
  it('parses the canonical DepositPhotos form', () => {
    expect(parsed(CANONICAL)).toEqual(JERUSALEM);
  });

  it.each([
    ['Credit: prefix', `Credit: ${CANONICAL}`],
    ['Photo: prefix', `Photo: ${CANONICAL}`],
    ['lower-case credit: prefix', `credit:  ${CANONICAL}`],
    ['hyphen separators', CANONICAL.replaceAll(' – ', ' - ').replace(' — ', ' - ')],
    ['em dash separators', CANONICAL.replaceAll(' – ', ' — ')],
    ['lower-case "photo by"', CANONICAL.replace('Photo by', 'photo by')],
    ['"Photo:" byline', CANONICAL.replace('Photo by', 'Photo:')],
    ['"Photograph by" byline', CANONICAL.replace('Photo by', 'Photograph by')],
    ['extra whitespace', `  ${CANONICAL.replaceAll(' ', '   ')}  `],
    ['non-breaking spaces', CANONICAL.replaceAll(' ', '\u00a0')],
    ['trailing full stop', `${CANONICAL}.`],
    ['"Dec." abbreviation', CANONICAL.replace('Dec 22', 'Dec. 22')],
    ['full month name', CANONICAL.replace('Dec 22, 2015', 'December 22, 2015')],
    ['day-month-year', CANONICAL.replace('Dec 22, 2015', '22 December 2015')],
    ['ISO date', CANONICAL.replace('Dec 22, 2015', '2015-12-22')],
  ])('accepts the variant with %s', (_name, line) => {
    expect(parsed(line)).toEqual(JERUSALEM);
  });

  it('parses a second real DepositPhotos credit', () => {
    expect(parsed('DepositPhotos – BRUSSELS, BELGIUM – Feb 14, 2023: caption — Photo by Ale_Mi')).toEqual({
      source: 'DepositPhotos',
      location: 'BRUSSELS, BELGIUM',
      date: '2023-02-14',
      caption: 'caption',
      photographer: 'Ale_Mi',
    });
  });

  it('keeps dashes that appear inside the caption', () => {
    expect(parsed('Reuters – KYIV, UKRAINE – Mar 1, 2022: Smoke rises - again - over the city').caption).toBe(
      'Smoke rises - again - over the city',
    );
  });

  it('treats a leading all-caps dateline as a location, not an agency', () => {
    expect(parsed('JERUSALEM, ISRAEL – Dec 22, 2015: lights — Photo by palinchak')).toEqual({
      location: 'JERUSALEM, ISRAEL',
      date: '2015-12-22',
      caption: 'lights',
      photographer: 'palinchak',
    });
  });

  it('accepts a leap day', () => {
    expect(parsed('AP – ROME, ITALY – Feb 29, 2024').date).toBe('2024-02-29');
  });
});

describe('parseCreditLine: short agency and photographer credits', () => {
  it.each<[string, CreditParts]>([
    ['Reuters/Jane Doe', { source: 'Reuters', photographer: 'Jane Doe' }],
    ['Jane Doe/Reuters', { source: 'Reuters', photographer: 'Jane Doe' }],
    ['Jane Doe / The Courier', { source: 'The Courier', photographer: 'Jane Doe' }],
    ['AP Photo/Jane Doe', { source: 'AP', photographer: 'Jane Doe' }],
    ['(AP Photo/Jane Doe)', { source: 'AP', photographer: 'Jane Doe' }],
    ['Photo by Jane Doe/Getty Images', { source: 'Getty Images', photographer: 'Jane Doe' }],
    ['Jane Doe for The Courier', { source: 'The Courier', photographer: 'Jane Doe' }],
    ['Getty Images', { source: 'Getty Images' }],
    ['Photo by Ale_Mi', { photographer: 'Ale_Mi' }],
    ['Photograph by Jane Doe', { photographer: 'Jane Doe' }],
    ['© 2024 Jane Doe', { photographer: 'Jane Doe', copyright: '© 2024 Jane Doe' }],
    ['(c) Jane Doe', { photographer: 'Jane Doe', copyright: '(c) Jane Doe' }],
    ['© Reuters', { source: 'Reuters', copyright: '© Reuters' }],
    ['Credit: Shutterstock.', { source: 'Shutterstock' }],
    ['Credit:\u00a0Jane Doe/EPA', { source: 'EPA', photographer: 'Jane Doe' }],
  ])('parses %j', (line, expected) => {
    expect(parsed(line)).toEqual(expected);
  });
});

describe('parseCreditLine: failures an editor can act on', () => {
  it.each([
    ['an empty string', ''],
    ['only whitespace', ' \t\u00a0 '],
    ['only a "Credit:" label', 'Credit:'],
    ['a caption with no source or photographer', 'Dec 22, 2015: lights'],
  ])('rejects %s with the expected form', (_name, line) => {
    expect(failure(line)).toContain('Expected a credit like "Agency – PLACE – Mon D, YYYY: caption — Photo by Name"');
  });

  it('rejects an impossible date rather than dropping it', () => {
    const message = failure('DepositPhotos – BRUSSELS, BELGIUM – Feb 30, 2023: caption — Photo by Ale_Mi');
    expect(message).toContain('"Feb 30, 2023" is not a real date');
  });

  it('rejects a non-leap Feb 29 and a month 13 ISO date', () => {
    expect(failure('AP – ROME, ITALY – Feb 29, 2023')).toContain('not a real date');
    expect(failure('AP – ROME, ITALY – 2023-13-01')).toContain('not a real date');
  });
});

describe('formatCredit', () => {
  it('formats all parts without the caption', () => {
    expect(formatCredit(JERUSALEM)).toBe('DepositPhotos – JERUSALEM, ISRAEL – Dec 22, 2015 — Photo by palinchak');
  });

  it('formats the date from its digits, with no time-zone shift', () => {
    expect(formatCredit({ source: 'AP', date: '2024-01-01' })).toBe('AP – Jan 1, 2024');
    expect(formatCredit({ source: 'AP', date: '2023-12-31' })).toBe('AP – Dec 31, 2023');
  });

  it('uses a bare byline when only the photographer is known', () => {
    expect(formatCredit({ photographer: 'Ale_Mi' })).toBe('Photo by Ale_Mi');
  });

  it('omits the byline when there is no photographer', () => {
    expect(formatCredit({ source: 'Getty Images' })).toBe('Getty Images');
  });
});

describe('round-trips', () => {
  it.each([
    'DepositPhotos – JERUSALEM, ISRAEL – Dec 22, 2015 — Photo by palinchak',
    'DepositPhotos – BRUSSELS, BELGIUM – Feb 14, 2023 — Photo by Ale_Mi',
    'Reuters — Photo by Jane Doe',
    'Getty Images',
    'Photo by Ale_Mi',
  ])('formatCredit(parseCreditLine(%j)) reproduces the line', (line) => {
    expect(formatCredit(parsed(line))).toBe(line);
  });

  it('drops only the caption when round-tripping the canonical form', () => {
    const { caption, ...rest } = parsed(CANONICAL);
    expect(caption).toBe(JERUSALEM.caption);
    expect(parsed(formatCredit(parsed(CANONICAL)))).toEqual(rest);
  });
});
