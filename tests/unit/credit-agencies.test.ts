import { describe, expect, it } from 'vitest';
import { parseCreditLine, withCaptionDate, type CreditParts } from '../../src/model/credit-line.ts';

// Credits as agencies' public credit guidelines and wire feeds write them, with invented names.
const CAPTION = 'Farmers drive tractors past the Assembly in Hallam on February 14, 2023.';
const ROWS: [string, CreditParts][] = [
  ['AP Photo/Jane Doe', { source: 'AP', photographer: 'Jane Doe' }],
  ['(AP Photo/Jane Doe, File)', { source: 'AP', photographer: 'Jane Doe' }],
  ['AP Photo', { source: 'AP' }],
  ['REUTERS/Jane Doe', { source: 'REUTERS', photographer: 'Jane Doe' }],
  ['Handout via Reuters', { source: 'Handout via Reuters' }],
  ['Jane Doe / AFP', { source: 'AFP', photographer: 'Jane Doe' }],
  ['AFP via Getty Images', { source: 'AFP via Getty Images' }],
  ['Jane Doe/AFP via Getty Images', { source: 'AFP via Getty Images', photographer: 'Jane Doe' }],
  ['AFP/Getty Images', { source: 'AFP/Getty Images' }],
  ['Jane Doe/Getty Images', { source: 'Getty Images', photographer: 'Jane Doe' }],
  ['Jane Doe/Getty Images for Hallam Festival', { source: 'Getty Images for Hallam Festival', photographer: 'Jane Doe' }],
  ['EPA/JANE DOE', { source: 'EPA', photographer: 'JANE DOE' }],
  ['EPA-EFE/Jane Doe', { source: 'EPA-EFE', photographer: 'Jane Doe' }],
  ['Jane Doe/PA Wire', { source: 'PA Wire', photographer: 'Jane Doe' }],
  ['PA Media', { source: 'PA Media' }],
  ['Jane Doe/Shutterstock', { source: 'Shutterstock', photographer: 'Jane Doe' }],
  ['REX/Shutterstock', { source: 'REX/Shutterstock' }],
  ['Shutterstock', { source: 'Shutterstock' }],
  ['Jane Doe | Alamy Stock Photo', { source: 'Alamy Stock Photo', photographer: 'Jane Doe' }],
  ['Photo by user_name on DepositPhotos', { source: 'DepositPhotos', photographer: 'user_name' }],
  ['Photo by Jane Doe on Unsplash', { source: 'Unsplash', photographer: 'Jane Doe' }],
  ['Staff photo by Jane Doe', { photographer: 'Jane Doe' }],
  ['Courier staff', { source: 'Courier staff' }],
  ['Photo courtesy of the Hallam Harbour Trust', { source: 'Hallam Harbour Trust' }],
  ['Courtesy of Westmarch Police', { source: 'Westmarch Police' }],
  ['© 2024 Jane Doe', { photographer: 'Jane Doe', copyright: '© 2024 Jane Doe' }],
  ['Copyright 2024, Jane Doe', { photographer: 'Jane Doe', copyright: 'Copyright 2024, Jane Doe' }],
  ['Photo: Jane Doe for The Courier', { source: 'The Courier', photographer: 'Jane Doe' }],
  ['Credits: DepositPhotos', { source: 'DepositPhotos' }],
  ['**Credit:** Jane Doe/Reuters', { source: 'Reuters', photographer: 'Jane Doe' }],
  ['PICTURE: Jane Doe/PA', { source: 'PA', photographer: 'Jane Doe' }],
  ['Photos: Xinhua/Jane Doe', { source: 'Xinhua', photographer: 'Jane Doe' }],
  [
    `Credits: DepositPhotos – ${CAPTION} — Photo by Ale_Mi`,
    { source: 'DepositPhotos', caption: CAPTION, date: '2023-02-14', photographer: 'Ale_Mi' },
  ],
  [
    'DepositPhotos – HALLAM, WESTMARCH – Gulls over the quay – a grey morning – on 3 March 2024 — Photo by r_kestrel',
    {
      source: 'DepositPhotos',
      location: 'HALLAM, WESTMARCH',
      caption: 'Gulls over the quay – a grey morning – on 3 March 2024',
      date: '2024-03-03',
      photographer: 'r_kestrel',
    },
  ],
  [
    'DepositPhotos – BRUSSELS, BELGIUM – Feb 14, 2023: Farmers protest outside the Parliament — Photo by Ale_Mi',
    {
      source: 'DepositPhotos',
      location: 'BRUSSELS, BELGIUM',
      date: '2023-02-14',
      caption: 'Farmers protest outside the Parliament',
      photographer: 'Ale_Mi',
    },
  ],
  [
    'Ferry passengers queue at Kelder Quay on Sept. 9, 2025. (AP Photo/Jane Doe)',
    {
      caption: 'Ferry passengers queue at Kelder Quay on Sept. 9, 2025.',
      date: '2025-09-09',
      source: 'AP',
      photographer: 'Jane Doe',
    },
  ],
  [
    'Reuters – Riot police stand outside the Assembly: the vote was delayed on 14 February 2023',
    {
      source: 'Reuters',
      caption: 'Riot police stand outside the Assembly: the vote was delayed on 14 February 2023',
      date: '2023-02-14',
    },
  ],
  [
    'Marchers cross Wend Bridge. Photo by Jane Doe/Getty Images',
    { caption: 'Marchers cross Wend Bridge.', source: 'Getty Images', photographer: 'Jane Doe' },
  ],
  ['Courier Pictures – Isle of Man – 2026-11-23', { source: 'Courier Pictures', location: 'Isle of Man', date: '2026-11-23' }],
  ['Hallam Courier staff', { source: 'Hallam Courier staff' }],
];

describe('parseCreditLine: agency credit guidelines', () => {
  it.each(ROWS)('reads %j', (line, expected) => {
    const result = parseCreditLine(line);
    expect(result.ok && result.value).toEqual(expected);
  });

  it('holds at least 30 variants', () => expect(ROWS.length).toBeGreaterThanOrEqual(30));
});

describe('dates read from a wire caption', () => {
  const wire = (caption: string) => `DepositPhotos – ${caption} — Photo by r_kestrel`;
  it.each([
    ['on February 14, 2023', undefined, '2023-02-14'],
    ['on Tuesday, Feb. 14, 2023', undefined, '2023-02-14'],
    ['on 14 February 2023', undefined, '2023-02-14'],
    ['on 14th February', '2023-03-01', '2023-02-14'],
    ['on Feb. 14', '2023-03-01', '2023-02-14'],
    ['on Dec. 30', '2024-01-03', '2023-12-30'],
    ['on Feb. 14', undefined, undefined],
    ['on February 30, 2023', undefined, undefined],
    ['as marchers may gather again', '2023-03-01', undefined],
  ])('reads "%s" (story day %s) as %s', (words, near, date) => {
    const result = parseCreditLine(wire(`Tractors block the ring road ${words}.`), near);
    expect(result.ok && result.value.date).toBe(date);
  });

  it('fills a yearless date from the story once the story is known', () => {
    const result = parseCreditLine(wire('Tractors block the ring road on Feb. 14.'));
    expect(result.ok && withCaptionDate(result.value, '2023-02-20')?.date).toBe('2023-02-14');
  });

  it('keeps a date the credit gives over one its caption mentions', () => {
    const result = parseCreditLine('Reuters – HALLAM – Mar 2, 2023: Marchers recall the strike of Feb. 14, 2021');
    expect(result.ok && result.value.date).toBe('2023-03-02');
  });
});
