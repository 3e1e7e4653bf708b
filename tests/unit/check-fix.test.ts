import { describe, expect, it } from 'vitest';
import { fixSource } from '../../src/check/fix.ts';

describe('fixSource', () => {
  const tz = 'Europe/London';
  const fm = (line: string) => `---\nheadline: H\n${line}\n---\n\nText.\n`;

  it.each([
    ['published: 2026-11-03 9:05', 'published: 2026-11-03 09:05'],
    ["updated: '2026-1-2 10:30:00'", 'updated: 2026-01-02 10:30'],
    ['published: 2026.11.03 09.05', 'published: 2026-11-03 09:05'],
    ['corrections:\n  - date: 2026/11/4 8:00\n    text: Fixed.', 'corrections:\n  - date: 2026-11-04 08:00\n    text: Fixed.'],
    ['hero:\n  credit:\n    date: 2026-2-3', 'hero:\n  credit:\n    date: 2026-02-03'],
    // Archive forms keep their offset, in the house form.
    ['published: 2020-04-09 19:00:00 -0500', 'published: 2020-04-09T19:00-05:00'],
    ['published: 2013-07-29 1:12:58 -0400', 'published: 2013-07-29T01:12:58-04:00'],
    ["published: '2020-04-09 19:00:00 +0000 UTC'", 'published: 2020-04-09T19:00+00:00'],
  ])('rewrites %j as %j', (from, to) => {
    expect(fixSource(fm(from), 'article', tz).text).toBe(fm(to));
  });

  it.each([
    'published: 2026-11-03 09:05',
    'published: 2026-11-03',
    'published: 2026-11-03T09:05:00+01:00',
    'published: 2026-2-30 9:05',
    'published: 2026-03-29 01:30',
    'published: 2020-04-09 19:00 EST',
  ])('leaves %j alone', (line) => {
    expect(fixSource(fm(line), 'article', tz)).toEqual({ text: fm(line), fixes: [] });
  });

  it('writes the offset of the reading used into a time the clocks show twice, and says how to pick the other', () => {
    expect(fixSource(fm('published: 2026-10-25 1:30 # clocks go back'), 'article', tz)).toEqual({
      text: fm('published: 2026-10-25T01:30+01:00 # clocks go back'),
      fixes: [
        {
          line: 3,
          message:
            'published: `2026-10-25 1:30` → `2026-10-25T01:30+01:00`: 01:30 happens twice that night in Europe/London; this is the first (+01:00), as before; for the second write +00:00',
        },
      ],
    });
    expect(fixSource(fm('published: 2026-11-01 01:30'), 'article', 'America/New_York').text).toBe(
      fm('published: 2026-11-01T01:30-04:00'),
    );
  });

  it('keeps Windows line endings and trims author files too', () => {
    expect(fixSource('---\r\nheadline: H \r\n---\r\n\r\nText.\r\n', 'article', tz).text).toBe(
      '---\r\nheadline: H\r\n---\r\n\r\nText.\r\n',
    );
    expect(fixSource('name: Ada \nrole: Reporter\t\n', 'yaml', tz)).toEqual({
      text: 'name: Ada\nrole: Reporter\n',
      fixes: [{ line: 1, message: 'removed trailing spaces on 2 lines' }],
    });
  });
});
