import { afterEach, describe, expect, it } from 'vitest';
import { readDateTime, wallText, offsetText } from '../../src/model/date-reading.ts';
import { parseLocalDateTime } from '../../src/model/dates.ts';

const originalTz = process.env['TZ'];
afterEach(() => {
  process.env['TZ'] = originalTz;
});

const iso = (text: string, zone = 'Europe/London') => parseLocalDateTime(text, zone)?.toISOString();

// The machine's zone must not change what a site-zone time means, nor find a clock change elsewhere.
describe.each(['UTC', 'Europe/London', 'America/New_York', 'Asia/Kolkata'])('with TZ=%s', (tz) => {
  it('reads the forms Hugo and Jekyll archives write, honouring the offset', () => {
    process.env['TZ'] = tz;
    expect(iso('2020-04-09 19:00:00 -0500')).toBe('2020-04-10T00:00:00.000Z');
    expect(iso('2013-07-29 1:12:58 -0400')).toBe('2013-07-29T05:12:58.000Z');
    expect(iso('2020-04-09T19:00:00-05:00')).toBe('2020-04-10T00:00:00.000Z');
    expect(iso('2020-04-09 19:00:00 +0000 UTC')).toBe('2020-04-09T19:00:00.000Z');
    expect(iso('2020-04-09 19:00:00 -0500 EST')).toBe('2020-04-10T00:00:00.000Z');
    expect(iso('2020-04-09 19:00 UTC')).toBe('2020-04-09T19:00:00.000Z');
    expect(iso('2020-04-09')).toBe('2020-04-08T23:00:00.000Z');
  });

  it.each([
    ['2026-03-29 01:30', 'Europe/London', '2026-03-29 00:59', '2026-03-29 02:00'],
    ['2026-03-29 01:00', 'Europe/London', '2026-03-29 00:59', '2026-03-29 02:00'],
    ['2026-03-08 02:30', 'America/New_York', '2026-03-08 01:59', '2026-03-08 03:00'],
  ])('refuses %s in %s, a time the clocks skip, naming the nearest that exist', (text, zone, before, after) => {
    process.env['TZ'] = tz;
    const reading = readDateTime(text, zone);
    expect(reading.kind).toBe('gap');
    if (reading.kind !== 'gap') return;
    expect([wallText(reading.lastBefore), wallText(reading.firstAfter)]).toEqual([before, after]);
    expect(parseLocalDateTime(text, zone)).toBeUndefined();
  });

  it.each([
    ['2026-10-25 01:30', 'Europe/London', '2026-10-25T00:30:00.000Z', ['+01:00', '+00:00']],
    ['2026-11-01 01:30', 'America/New_York', '2026-11-01T05:30:00.000Z', ['-04:00', '-05:00']],
  ])('reads %s in %s, which the clocks show twice, as the first and says so', (text, zone, first, offsets) => {
    process.env['TZ'] = tz;
    const reading = readDateTime(text, zone);
    expect(reading.kind === 'date' && reading.twice?.map(offsetText)).toEqual(offsets);
    expect(iso(text, zone)).toBe(first);
  });

  it('reads the times either side of a change once', () => {
    process.env['TZ'] = tz;
    expect(iso('2026-03-29 00:59')).toBe('2026-03-29T00:59:00.000Z');
    expect(iso('2026-03-29 02:00')).toBe('2026-03-29T01:00:00.000Z');
    expect(iso('2026-10-25 00:59')).toBe('2026-10-24T23:59:00.000Z');
    expect(iso('2026-10-25 02:00')).toBe('2026-10-25T02:00:00.000Z');
    for (const t of ['2026-10-25 00:59', '2026-10-25 02:00', '2026-03-08 03:00'])
      expect(readDateTime(t, t.startsWith('2026-03-08') ? 'America/New_York' : 'Europe/London')).not.toHaveProperty(
        'twice',
        expect.anything(),
      );
  });
});

describe('written offsets', () => {
  it.each(['2020-04-09 19:00 EST', '2020-04-09 19:00:00 +2500', '2020-04-09 19:00 -05:61', '2020-04-09 25:00 -0500'])(
    'refuses %j',
    (text) => expect(readDateTime(text, 'Europe/London').kind).toBe('invalid'),
  );

  it('takes a written offset as it is, even on a night the clocks change', () => {
    expect(iso('2026-03-29 01:30 +00:00')).toBe('2026-03-29T01:30:00.000Z');
    expect(iso('2026-10-25T01:30+00:00')).toBe('2026-10-25T01:30:00.000Z');
  });
});
