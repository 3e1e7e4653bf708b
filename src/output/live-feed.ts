import { escapeHtml } from '../model/escape.ts';
import { isoDate, showDateTime } from '../site/display-dates.ts';
import { STATUS_LABEL, type LiveBlog } from '../site/live-blog.ts';
import type { Story } from '../site/stories.ts';

/** How many of the newest updates a feed entry lists above the body. */
export const FEED_UPDATES = 5;

/**
 * What a live blog's feed entry opens with, before its whole body: the status, the newest updates
 * (time and headline, each a link to its anchor on the page) and the key points. The entry keeps the
 * story's first publication as its date; its `updated` is the newest update (story.modified).
 */
export function liveFeedHtml(story: Story, live: LiveBlog): string {
  const items = live.updates.slice(0, FEED_UPDATES).map((u) => {
    const title = u.headline ?? u.text.split('\n')[0] ?? '';
    const when = `<time datetime="${isoDate(u.time)}">${escapeHtml(showDateTime(u.time))}</time>`;
    return `<li><a href="${story.url}#${u.anchor}">${when}</a> ${escapeHtml(title.length > 140 ? `${title.slice(0, 139)}…` : title)}</li>`;
  });
  const points = live.keyPoints.length
    ? `<h2>Key points</h2><ul>${live.keyPoints.map((p) => `<li>${escapeHtml(p)}</li>`).join('')}</ul>`
    : '';
  const status = `<p><strong>${STATUS_LABEL[live.status]}</strong> · ${live.updates.length} updates</p>`;
  return `${status}<h2>Latest updates</h2><ul>${items.join('')}</ul>${points}`;
}
