/** Newest stories per feed: a day or two of a busy paper, with full text. */
export const FEED_LENGTH = 50;

/** What ordering and feeds need of a story: its id, section and first publication. */
export interface Dated {
  readonly id: string;
  readonly data: { readonly published: Date; readonly section: string };
}

/**
 * Newest first by first publication; stories published at the same minute by id, so every list
 * (listings, feeds, sitemaps, the loader's choice of what to render) has one order on every build.
 */
export const newestFirst = (a: Dated, b: Dated): number =>
  b.data.published.getTime() - a.data.published.getTime() || a.id.localeCompare(b.id);

/** The stories a feed carries, newest first: the whole paper's newest, or one section's. */
export function feedStories<T extends Dated>(stories: readonly T[], section?: string): T[] {
  const inFeed = section === undefined ? [...stories] : stories.filter((s) => s.data.section === section);
  return inFeed.sort(newestFirst).slice(0, FEED_LENGTH);
}

/** The ids of every story some feed carries: the paper's feed and each section's. */
export function storiesInFeeds(stories: readonly Dated[]): Set<string> {
  const sections = new Set(stories.map((s) => s.data.section));
  return new Set([undefined, ...sections].flatMap((section) => feedStories(stories, section).map((s) => s.id)));
}
