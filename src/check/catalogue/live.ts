import { defineKind } from './kind.ts';

const TIME_HINT =
  'write time="2026-11-23 14:05" (a date and time, as `published` takes) or time="14:05" (the day of the update above)';

/** Live blogs: the `live:` field and the `:::update` blocks of the body. */
export const LIVE_KINDS = {
  LiveEndBeforeStart: defineKind({
    title: 'Live coverage ending before it starts',
    severity: 'error',
    message: (v: { end: string; start: string }) => `\`live.end\` (${v.end}) is before \`live.start\` (${v.start})`,
    hint: 'set `live.end` to when coverage ended, after `live.start` (or remove it while coverage runs)',
    example: { end: '2026-11-23 06:00', start: '2026-11-23 07:30' },
  }),
  UpdateWithoutTime: defineKind({
    title: 'Live update without a time',
    severity: 'error',
    message: () => 'this `:::update` has no `time`',
    hint: TIME_HINT,
  }),
  UnreadableUpdateTime: defineKind({
    title: 'Live update time that cannot be read',
    severity: 'error',
    message: (v: { value: string; timezone: string }) =>
      `the update time "${v.value}" is not a date and time (read in ${v.timezone})`,
    hint: TIME_HINT,
    example: { value: '2.05pm', timezone: 'Europe/London' },
  }),
  UpdateOutsideCoverage: defineKind({
    title: 'Live update outside the coverage',
    severity: 'error',
    message: (v: { time: string; side: 'before' | 'after'; limit: string }) =>
      `the update at ${v.time} is ${v.side} the coverage ${v.side === 'before' ? 'starts' : 'ends'} (${v.limit})`,
    hint: (v) =>
      v.side === 'before'
        ? 'check the update’s date, or move `live.start` back to when coverage began'
        : 'check the update’s date, or move `live.end` (or remove it while coverage runs)',
    example: { time: '2026-11-22 23:50', side: 'before', limit: '2026-11-23 06:00' },
  }),
  UpdateInFuture: defineKind({
    title: 'Live update later than now',
    severity: 'error',
    message: (v: { time: string; now: string }) => `the update at ${v.time} is later than now (${v.now})`,
    hint: 'give the time the update was written, which has passed already (an update cannot be scheduled); check its date',
    example: { time: '2026-12-23 14:05', now: '2026-11-23 14:30' },
  }),
  UnknownUpdateAuthor: defineKind({
    title: 'Live update by an author without a file',
    severity: 'error',
    message: (v: { id: string; dir: string; known: string }) => `the update is by "${v.id}", who has no author file`,
    hint: (v) => `write the id of an author in ${v.dir}/authors/ (${v.known}), or add ${v.dir}/authors/${v.id}.yaml`,
    example: { id: 'mara-okafr', dir: 'content', known: 'mara-okafor, tomas-lind' },
  }),
  UpdatesWithoutLive: defineKind({
    title: 'Live updates in a story that is not live',
    severity: 'error',
    message: (v: { count: number }) =>
      `the body has ${v.count} \`:::update\` block${v.count === 1 ? '' : 's'} but the story has no \`live:\` field`,
    hint: 'add `live: { start: 2026-11-23 06:00 }` to the frontmatter to make it a live blog, or remove the `:::update` lines',
    example: { count: 3 },
  }),
  LiveWithoutUpdates: defineKind({
    title: 'Live blog without updates',
    severity: 'warning',
    message: () => 'the story has `live:` but its body has no `:::update` block',
    hint: 'add the first update: `:::update{time="2026-11-23 14:05"}`, its text, then `:::` on a line of its own',
  }),
  DuplicateUpdateId: defineKind({
    title: 'Two live updates with the same anchor',
    severity: 'error',
    message: (v: { id: string; first: number }) => `the anchor "#${v.id}" is already the update's on line ${v.first}`,
    hint: 'give each update its own `{#anchor}`, or leave it out: the time gives one',
    example: { id: 'ferries-suspended', first: 14 },
  }),
};
