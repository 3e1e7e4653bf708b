import { isLiveData } from '../check/index.ts';
import type { Share } from '../check/share.ts';
import type { CheckedStory, CheckedStoryData } from '../check/story-file.ts';
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
  /**
   * In a sharded build, the stories whose bodies and photos the checker reads (check/share.ts): every
   * story this run renders, and every live blog, whose updates listings show. Undefined: all of them.
   */
  share: Share | undefined;
}

export function renderPlan(now: Date, includeUnpublished: boolean): RenderPlan {
  const sharded = currentShard() !== undefined;
  const shows = (data: CheckedStoryData) => includeUnpublished || isLiveData(data, now);
  // Every story that some feed carries: the same choice from the frontmatter and from the checked stories.
  const rendered = (live: readonly { id: string; data: CheckedStoryData }[]) => {
    const inFeeds = storiesInFeeds(live);
    return (id: string) => ownsStory(id) || inFeeds.has(id);
  };
  return {
    shows: (article) => shows(article.data),
    owns: (id) => ownsStory(id),
    renders: (live) => (sharded ? rendered(live.map((a) => ({ id: a.source.name, data: a.data }))) : () => true),
    share: sharded
      ? (heads) => {
          const renders = rendered(heads.filter((h) => shows(h.data)));
          const liveBlogs = new Set(heads.filter((h) => h.data.live).map((h) => h.id));
          return (id) => renders(id) || liveBlogs.has(id);
        }
      : undefined,
  };
}
