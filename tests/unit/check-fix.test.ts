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
  ])('rewrites %j as %j', (from, to) => {
    expect(fixSource(fm(from), 'article', tz).text).toBe(fm(to));
  });

  it.each([
    'published: 2026-11-03 09:05',
    'published: 2026-11-03',
    'published: 2026-11-03T09:05:00+01:00',
    'published: 2026-2-30 9:05',
  ])('leaves %j alone', (line) => {
    expect(fixSource(fm(line), 'article', tz)).toEqual({ text: fm(line), fixes: [] });
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
