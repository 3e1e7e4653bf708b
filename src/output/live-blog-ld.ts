import type { BlogPosting, LiveBlogPosting, NewsArticle, WithContext } from 'schema-dts';
import type { LiveBlog } from '../site/live-blog.ts';
import type { Byline, Story } from '../site/stories.ts';
import type { PagePhoto } from '../site/story-photos.ts';
import { personLd } from './people-ld.ts';
import { abs, newsArticleLd, zoned } from './structured-data.ts';

/** Longest `articleBody` of one update: a live blog runs to hundreds, and the page holds them whole. */
const MAX_UPDATE_TEXT = 1000;
const cut = (text: string) => (text.length > MAX_UPDATE_TEXT ? `${text.slice(0, MAX_UPDATE_TEXT - 1)}…` : text);

/**
 * A live blog's LiveBlogPosting: everything its NewsArticle would say, plus the coverage's times and
 * one BlogPosting per update, newest first, each addressed by its anchor on the page. `dateModified`
 * is the newest update's (story.modified counts it). The coverage ends in the data once it has an
 * end or is marked ended; an ended one without `end` ends at its newest update.
 */
export function liveBlogPostingLd(
  story: Story,
  live: LiveBlog,
  images: readonly PagePhoto[],
  authorOf: (id: string) => Byline | undefined,
): WithContext<LiveBlogPosting> {
  const url = abs(story.url);
  const end = live.end ?? (live.status === 'ended' ? live.lastUpdated : undefined);
  const updates = live.updates.map((u): BlogPosting => {
    const author = u.by === undefined ? undefined : authorOf(u.by);
    return {
      '@type': 'BlogPosting',
      '@id': `${url}#${u.anchor}`,
      url: `${url}#${u.anchor}`,
      headline: u.headline ?? cut(u.text.split('\n')[0] ?? '').slice(0, 110),
      datePublished: zoned(u.time),
      articleBody: cut(u.text),
      ...(author && { author: personLd(author) }),
    };
  });
  // Everything the NewsArticle says holds for the live blog too; the type, overwritten, keeps its place.
  const article = newsArticleLd(story, images) as Extract<WithContext<NewsArticle>, { '@type': 'NewsArticle' }>;
  return {
    ...article,
    '@type': 'LiveBlogPosting',
    coverageStartTime: zoned(live.start),
    ...(end && { coverageEndTime: zoned(end) }),
    liveBlogUpdate: updates,
  };
}
