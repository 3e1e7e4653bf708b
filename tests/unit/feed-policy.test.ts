import { describe, expect, it } from 'vitest';
import { FEED_LENGTH, feedStories, newestFirst, storiesInFeeds } from '../../src/model/feed-policy.ts';

const story = (id: string, section: string, minutes: number) => ({
  id,
  data: { section, published: new Date(Date.UTC(2026, 10, 1, 0, minutes)) },
});

describe('the feed policy', () => {
  it('orders newest first, and stories of the same minute by id', () => {
    const list = [story('b', 'city', 1), story('c', 'city', 2), story('a', 'city', 1)];
    expect(list.sort(newestFirst).map((s) => s.id)).toEqual(['c', 'a', 'b']);
  });

  it('puts the newest stories of the paper and of each section in the feeds, and no others', () => {
    // Many new city stories push every politics story out of the paper's feed, not out of its own.
    const city = Array.from({ length: FEED_LENGTH + 5 }, (_, i) => story(`city-${i}`, 'city', 100 + i));
    const politics = Array.from({ length: FEED_LENGTH + 1 }, (_, i) => story(`politics-${i}`, 'politics', i));
    const all = [...politics, ...city];
    expect(feedStories(all).map((s) => s.id)).toEqual(
      city
        .slice(5)
        .reverse()
        .map((s) => s.id),
    );
    expect(feedStories(all, 'politics')).toHaveLength(FEED_LENGTH);
    const members = storiesInFeeds(all);
    expect(members.size).toBe(FEED_LENGTH * 2);
    expect(members.has('politics-0')).toBe(false);
    expect(members.has('city-4')).toBe(false);
    expect(members.has('politics-1')).toBe(true);
  });
});
