import { toZonedIso } from '../model/dates.ts';
import { problem, type Problem } from './problems.ts';
import type { CheckedStory } from './story-file.ts';

/**
 * `updated` and a correction's date record something already done, so neither may be later than
 * the build's now: a date in the future would show readers "Updated 20 November 2062", head every
 * feed and sitemap sorted by change, and tell search engines the page changes later. A scheduled
 * story's `published` may be later (that is what scheduling is), and its own `updated` may then
 * equal it, so the limit is whichever is later: now or `published`. No grace period: a build that
 * runs a minute early is right to say the change has not happened yet.
 * Not cached with the file's other results (check/cache.ts): the answer changes with the clock.
 */
export function futureDateProblems(stories: readonly CheckedStory[], now: Date, timeZone: string): Problem[] {
  const shown = (d: Date) => toZonedIso(d, timeZone).slice(0, 16).replace('T', ' ');
  const out: Problem[] = [];
  for (const s of stories) {
    const limit = Math.max(now.getTime(), s.data.published.getTime());
    const at = (path: (string | number)[]) => ({ file: s.source.file, line: s.lineOf(path), field: path.join('.') });
    const { updated, corrections } = s.data;
    if (updated && updated.getTime() > limit)
      out.push(problem('UpdatedInFuture', at(['updated']), { updated: shown(updated), now: shown(now) }));
    corrections.forEach((c, i) => {
      if (c.date.getTime() > limit)
        out.push(problem('CorrectionInFuture', at(['corrections', i, 'date']), { date: shown(c.date), now: shown(now) }));
    });
  }
  return out;
}
