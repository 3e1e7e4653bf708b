import type { Author } from '../model/schemas/author.ts';
import { wallText } from '../model/date-reading.ts';
import { readUpdates } from '../model/live-updates.ts';
import { zoneOffsetMs } from '../model/zone-offset.ts';
import { problem, type Problem } from './problems.ts';
import type { CheckedStory } from './story-file.ts';

export interface LiveContext {
  authors: ReadonlyMap<string, Author>;
  /** The content folder, as editors see it. */
  dir: string;
  timezone: string;
  /** The build's now: an update later than it (and than `published`) has not happened yet. */
  now: Date;
}

/**
 * A live blog's updates against its `live:` field: every time readable, within the coverage and
 * not later than now, every `by` an author with a file, no anchor written twice; and no updates
 * without `live:`. Not cached with the file's other results (check/cache.ts): "now" moves.
 */
export function liveProblems(article: CheckedStory, ctx: LiveContext): Problem[] {
  const { file } = article.source;
  const sources = article.facts.updates ?? [];
  const { live } = article.data;
  if (!live)
    return sources.length ? [problem('UpdatesWithoutLive', { file, line: sources[0]!.line }, { count: sources.length })] : [];
  const at = (line: number) => ({ file, line });
  if (!sources.length) return [problem('LiveWithoutUpdates', { file, line: article.lineOf(['live']), field: 'live' })];
  const out: Problem[] = [];
  const shown = (d: Date) => wallText(d.getTime() + zoneOffsetMs(d.getTime(), ctx.timezone));
  const { updates, faults } = readUpdates(sources, live.start, ctx.timezone);
  for (const f of faults) {
    const line = sources[f.index]!.line;
    if (f.fault === 'missing') out.push(problem('UpdateWithoutTime', at(line)));
    else out.push(problem('UnreadableUpdateTime', at(line), { value: f.value, timezone: ctx.timezone }));
  }
  const ids = new Map<string, number>();
  sources.forEach((s, i) => {
    const update = updates[i];
    if (update && update.time < live.start)
      out.push(
        problem('UpdateOutsideCoverage', at(s.line), { time: shown(update.time), side: 'before', limit: shown(live.start) }),
      );
    if (update && live.end && update.time > live.end)
      out.push(problem('UpdateOutsideCoverage', at(s.line), { time: shown(update.time), side: 'after', limit: shown(live.end) }));
    if (update && update.time.getTime() > Math.max(ctx.now.getTime(), article.data.published.getTime()))
      out.push(problem('UpdateInFuture', at(s.line), { time: shown(update.time), now: shown(ctx.now) }));
    if (s.by && !ctx.authors.has(s.by))
      out.push(problem('UnknownUpdateAuthor', at(s.line), { id: s.by, dir: ctx.dir, known: [...ctx.authors.keys()].join(', ') }));
    if (s.id) {
      const first = ids.get(s.id);
      if (first === undefined) ids.set(s.id, s.line);
      else out.push(problem('DuplicateUpdateId', at(s.line), { id: s.id, first }));
    }
  });
  return out;
}
