import { describe, expect, it } from 'vitest';
import { liveProblems } from '../../src/check/live.ts';
import type { CheckedStory } from '../../src/check/story-file.ts';
import { parseBody, scanBody } from '../../src/check/body.ts';
import { newestUpdatesFirst, readUpdates, timeAnchor, type UpdateSource } from '../../src/model/live-updates.ts';
import { isRunning, liveSchema, liveStatus } from '../../src/model/schemas/live.ts';
import { storySchema } from '../../src/model/schemas/story.ts';
import { newsSitemapStories } from '../../src/output/sitemap-xml.ts';
import type { Story } from '../../src/site/stories.ts';
import site from '../../src/site.config.ts';

const TZ = 'Europe/London';
const at = (time: string, extra: Partial<UpdateSource> = {}): UpdateSource => ({ line: 1, time, text: 'x', ...extra });
const story = { headline: 'H', dek: 'D', section: 'city', authors: ['mara-okafor'], published: '2026-11-23 06:00' };

describe('the live: field', () => {
  it('reads start and end in the site zone and defaults the status from the end', () => {
    const live = liveSchema(TZ).parse({ start: '2026-07-01 08:00', keyPoints: [' One. '] });
    expect(live.start.toISOString()).toBe('2026-07-01T07:00:00.000Z');
    expect(live.keyPoints).toEqual(['One.']);
    expect(liveStatus(live)).toBe('live');
    expect(liveStatus(liveSchema(TZ).parse({ start: '2026-07-01 08:00', end: '2026-07-01 20:00' }))).toBe('ended');
    expect(liveStatus(liveSchema(TZ).parse({ start: '2026-07-01 08:00', end: '2026-07-01 20:00', status: 'paused' }))).toBe(
      'paused',
    );
    expect(liveSchema(TZ).safeParse({ start: '2026-07-01 08:00', status: 'over' }).success).toBe(false);
    expect(liveSchema(TZ).safeParse({ start: '2026-07-01 08:00', colour: 'red' }).success).toBe(false);
  });

  it('refuses an end before the start, naming the kind', () => {
    const result = storySchema(site).safeParse({ ...story, live: { start: '2026-11-23 10:00', end: '2026-11-23 09:00' } });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ['live', 'end'], params: { kind: 'LiveEndBeforeStart' } });
  });

  it('counts a live blog as running while live or paused, or while its end is ahead', () => {
    const now = new Date('2026-11-24T12:00:00Z');
    expect(isRunning({ status: 'paused' }, now)).toBe(true);
    expect(isRunning({ end: new Date('2026-11-24T11:00:00Z') }, now)).toBe(false);
    expect(isRunning({ end: new Date('2026-11-24T13:00:00Z') }, now)).toBe(true);
  });
});

describe('update times and anchors', () => {
  const start = new Date('2026-11-23T06:00:00Z');

  it('reads HH:MM as the day of the update above, the first on the day coverage started', () => {
    const { updates, faults } = readUpdates([at('07:05'), at('2026-11-24 23:50'), at('9:10')], start, TZ);
    expect(faults).toEqual([]);
    expect(updates.map((u) => u?.time.toISOString())).toEqual([
      '2026-11-23T07:05:00.000Z',
      '2026-11-24T23:50:00.000Z',
      '2026-11-24T09:10:00.000Z',
    ]);
  });

  it('reads times in the site zone, summer time included', () => {
    const { updates } = readUpdates([at('2026-07-01 14:05')], undefined, TZ);
    expect(updates[0]?.time.toISOString()).toBe('2026-07-01T13:05:00.000Z');
    expect(updates[0]?.anchor).toBe('update-2026-07-01-1405');
  });

  it('reports a missing or unreadable time by its position', () => {
    const { updates, faults } = readUpdates([at(''), at('2.05pm'), at('25:00')], start, TZ);
    expect(updates).toEqual([undefined, undefined, undefined]);
    expect(faults).toEqual([
      { index: 0, fault: 'missing', value: '' },
      { index: 1, fault: 'unreadable', value: '2.05pm' },
      { index: 2, fault: 'unreadable', value: '25:00' },
    ]);
  });

  it('derives anchors from the time, numbering a second use of a minute in file order; written ids win', () => {
    const { updates } = readUpdates(
      [at('10:00'), at('10:00'), at('10:00', { id: 'update-2026-11-23-1000-2' }), at('11:00', { id: 'mine' })],
      start,
      TZ,
    );
    expect(updates.map((u) => u?.anchor)).toEqual([
      'update-2026-11-23-1000',
      'update-2026-11-23-1000-3',
      'update-2026-11-23-1000-2',
      'mine',
    ]);
  });

  it('keeps an anchor when a later update arrives', () => {
    const before = readUpdates([at('10:00'), at('10:30')], start, TZ).updates.map((u) => u?.anchor);
    const after = readUpdates([at('10:00'), at('10:30'), at('10:30'), at('11:00')], start, TZ).updates.map((u) => u?.anchor);
    expect(after.slice(0, 2)).toEqual(before);
    expect(timeAnchor(new Date('2026-11-23T10:30:00Z'), TZ)).toBe('update-2026-11-23-1030');
  });

  it('orders newest first; of two in one minute, the lower in the file first', () => {
    const t = (iso: string, n: string) => ({ time: new Date(iso), n });
    const list = [t('2026-11-23T10:00:00Z', 'a'), t('2026-11-23T12:00:00Z', 'b'), t('2026-11-23T10:00:00Z', 'c')];
    expect(newestUpdatesFirst(list).map((u) => u.n)).toEqual(['b', 'c', 'a']);
  });
});

describe('the checker on live blogs', () => {
  const body = (text: string) => scanBody(parseBody(text), 10);
  const checked = (live: unknown, text: string): CheckedStory =>
    ({
      source: { file: 'content/articles/city/live.md' },
      data: storySchema(site).parse({ ...story, ...(live ? { live } : {}) }),
      facts: body(text),
      lineOf: () => 7,
    }) as unknown as CheckedStory;
  const ctx = {
    authors: new Map([['mara-okafor', {} as never]]),
    dir: 'content',
    timezone: TZ,
    now: new Date('2026-11-24T12:00:00Z'),
  };
  const kinds = (live: unknown, text: string) => liveProblems(checked(live, text), ctx).map((p) => [p.kind, p.line]);

  it('reads updates, their headline, author and text, with file lines', () => {
    const facts = body(':::update{time="10:00" by="mara-okafor" #first}\n### Ferries stop\n\nText one.\n:::\n');
    expect(facts.updates).toEqual([
      { line: 10, time: '10:00', by: 'mara-okafor', id: 'first', headline: 'Ferries stop', text: 'Text one.' },
    ]);
  });

  it("leaves a photo's alt text and credit and a related line out of an update's text", () => {
    const photo = '![A quay](../a.jpg "Cap")\nCredit: CoastPress – KELDER QUAY, WESTMARCH – Oct 28, 2026 — Photo by Jude Carrow';
    const facts = body(`:::update{time="10:00"}\n${photo}\n\nWords here.\n\nRead More: [[x-y]]\n:::\n`);
    expect(facts.updates?.[0]?.text).toBe('Words here.');
  });

  it('finds each problem at its line', () => {
    const live = { start: '2026-11-23 06:00', end: '2026-11-23 20:00' };
    const text = [
      ':::update{time="05:00"}\nEarly.\n:::\n',
      ':::update\nNo time.\n:::\n',
      ':::update{time="soon"}\nBad.\n:::\n',
      ':::update{time="2026-11-23 21:00" by="nobody"}\nLate.\n:::\n',
      ':::update{time="2026-11-23 10:00" #same}\nA.\n:::\n',
      ':::update{time="2026-11-23 11:00" #same}\nB.\n:::\n',
    ].join('\n');
    expect(kinds(live, text)).toEqual([
      ['UpdateWithoutTime', 14],
      ['UnreadableUpdateTime', 18],
      ['UpdateOutsideCoverage', 10],
      ['UpdateOutsideCoverage', 22],
      ['UnknownUpdateAuthor', 22],
      ['DuplicateUpdateId', 30],
    ]);
  });

  it('refuses an update later than now', () => {
    const text = ':::update{time="2026-11-24 11:55"}\nA.\n:::\n\n:::update{time="12:05"}\nB.\n:::\n';
    expect(kinds({ start: '2026-11-23 06:00' }, text)).toEqual([['UpdateInFuture', 14]]);
  });

  it('refuses updates without live:, and warns of live: without updates', () => {
    expect(kinds(undefined, ':::update{time="2026-11-23 10:00"}\nA.\n:::\n')).toEqual([['UpdatesWithoutLive', 10]]);
    expect(kinds({ start: '2026-11-23 06:00' }, 'Just text.\n')).toEqual([['LiveWithoutUpdates', 7]]);
    expect(kinds(undefined, 'Just text.\n')).toEqual([]);
  });
});

describe('live blogs in the Google News sitemap', () => {
  const now = new Date('2026-11-24T12:00:00Z');
  const make = (id: string, live?: object) =>
    ({ id, url: `/city/${id}/`, data: { published: new Date('2026-11-20T08:00:00Z'), headline: id, live } }) as unknown as Story;

  it('keeps a running live blog however old, and drops an ended one past the window', () => {
    const stories = [
      make('old'),
      make('running', { status: 'live' }),
      make('paused', { status: 'paused' }),
      make('ended', { end: new Date('2026-11-21T08:00:00Z') }),
      make('ends-tonight', { end: new Date('2026-11-24T22:00:00Z') }),
    ];
    expect(newsSitemapStories(stories, now).map((s) => s.id)).toEqual(['ends-tonight', 'paused', 'running']);
  });
});
