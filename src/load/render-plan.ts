import { isLive } from '../check/index.ts';
import type { CheckedStory } from '../check/story-file.ts';
import { storiesInFeeds } from '../model/feed-policy.ts';
import { currentShard, ownsStory } from '../model/shard.ts';

/** Which stories a run of the loader shows, and which of their bodies it renders. */
export interface RenderPlan {
  /** Drafts and scheduled stories only in the preview. */
  shows(article: CheckedStory): boolean;
  /**
   * Stories this run renders whatever else is in the paper: all, or in a sharded build the shard's
   * own. Known as each body is checked, before the whole paper is.
   */
  owns(id: string): boolean;
  /**
   * Every story this run renders, once the whole paper is known: those it owns, and in a sharded
   * build the newest of each feed too (feeds carry full text, and every shard writes the same feeds,
   * so the merge can check they agree). Another shard's other stories are kept as data only.
   */
  renders(live: readonly CheckedStory[]): (id: string) => boolean;
}

export function renderPlan(now: Date, includeUnpublished: boolean): RenderPlan {
  const sharded = currentShard() !== undefined;
  return {
    shows: (article) => includeUnpublished || isLive(article, now),
    owns: (id) => ownsStory(id),
    renders(live) {
      if (!sharded) return () => true;
      const inFeeds = storiesInFeeds(live.map((a) => ({ id: a.source.name, data: a.data })));
      return (id) => ownsStory(id) || inFeeds.has(id);
    },
  };
}
