import { afterEach, describe, expect, it } from 'vitest';
import { formatDateTime, parseLocalDateTime, toZonedIso } from '../../src/model/dates.ts';

const originalTz = process.env['TZ'];
afterEach(() => {
  process.env['TZ'] = originalTz;
});

// The machine's own zone must never leak into what editors wrote or readers see.
describe.each(['UTC', 'America/New_York', 'Asia/Tokyo'])('with TZ=%s', (tz) => {
  it('reads local times in the site zone, across DST', () => {
    process.env['TZ'] = tz;
    expect(parseLocalDateTime('2026-11-23 08:15', 'Europe/London')?.toISOString()).toBe('2026-11-23T08:15:00.000Z');
    expect(parseLocalDateTime('2026-07-01 09:00', 'Europe/London')?.toISOString()).toBe('2026-07-01T08:00:00.000Z');
    expect(parseLocalDateTime('2026-03-29 03:30', 'Europe/Berlin')?.toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(parseLocalDateTime('2026-11-23', 'Australia/Sydney')?.toISOString()).toBe('2026-11-22T13:00:00.000Z');
  });

  it('formats in the site zone with its offset', () => {
    process.env['TZ'] = tz;
    const d = new Date('2026-07-01T08:00:00Z');
    expect(toZonedIso(d, 'Europe/London')).toBe('2026-07-01T09:00:00+01:00');
    expect(toZonedIso(d, 'America/Los_Angeles')).toBe('2026-07-01T01:00:00-07:00');
    expect(formatDateTime(d, 'en-GB', 'Europe/London')).toBe('1 July 2026 at 09:00 BST');
  });
});

describe('impossible dates', () => {
  it.each(['2026-02-30', '2026-13-01 10:00', '2026-11-23 24:10', '2026-11-23T10:00:00+25:00', 'Nov 23', ''])(
    'rejects %j',
    (text) => {
      expect(parseLocalDateTime(text, 'Europe/London')).toBeUndefined();
    },
  );
});
