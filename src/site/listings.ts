import site from '../site.config.ts';
import { getStories, storiesInSection, storyPosition, tagLabel, type Story, type TagRef } from './stories.ts';
import { monthUrl, tagUrl } from '../model/urls.ts';

export interface TagListing {
  tag: TagRef;
  stories: Story[];
}

export interface MonthListing {
  year: number;
  month: number;
  /** e.g. `November 2026`. */
  label: string;
  url: string;
  stories: Story[];
}

// Several pages ask for the same listings (index pages, their paginated pages, sitemaps): shape them
// once per loaded collection, so a build does it once and the dev server again after an edit.
const once = <T>(make: (stories: Story[]) => T) => {
  const made = new WeakMap<Story[], T>();
  return async (): Promise<T> => {
    const stories = await getStories();
    if (!made.has(stories)) made.set(stories, make(stories));
    return made.get(stories)!;
  };
};

/** Every tag in use with its stories, newest first, tags in alphabetical order. */
export const tagListings = once((all): TagListing[] => {
  const byTag = new Map<string, Story[]>();
  for (const story of all)
    for (const tag of new Set(story.data.tags)) {
      const list = byTag.get(tag);
      if (list) list.push(story);
      else byTag.set(tag, [story]);
    }
  return [...byTag]
    .map(([id, stories]) => ({ tag: { id, label: tagLabel(id), url: tagUrl(id) }, stories }))
    .sort((a, b) => a.tag.label.localeCompare(b.tag.label, site.locale));
});

const monthParts = new Intl.DateTimeFormat('en-US', { timeZone: site.timezone, year: 'numeric', month: 'numeric' });
const monthName = new Intl.DateTimeFormat(site.locale, { timeZone: 'UTC', year: 'numeric', month: 'long' });

/** Stories grouped by the month they were first published in the site zone, newest month first. */
export const monthListings = once((all): MonthListing[] => {
  const byMonth = new Map<string, MonthListing>();
  for (const story of all) {
    const parts = monthParts.formatToParts(story.data.published);
    const year = Number(parts.find((p) => p.type === 'year')?.value);
    const month = Number(parts.find((p) => p.type === 'month')?.value);
    const key = `${year}-${month}`;
    const listing = byMonth.get(key) ?? {
      year,
      month,
      label: monthName.format(Date.UTC(year, month - 1, 15)),
      url: monthUrl(year, month),
      stories: [],
    };
    listing.stories.push(story);
    byMonth.set(key, listing);
  }
  return [...byMonth.values()];
});

/** The stories published just before and after this one, across the whole paper. */
export async function neighbours(story: Story): Promise<{ newer?: Story | undefined; older?: Story | undefined }> {
  const [stories, i] = await Promise.all([getStories(), storyPosition(story)]);
  return { newer: i < 0 ? undefined : stories[i - 1], older: i < 0 ? undefined : stories[i + 1] };
}

/** The latest other stories in the same section, leaving out those the editor already linked. */
export async function moreFromSection(story: Story, count = 4): Promise<Story[]> {
  const linked = new Set(story.related.map((r) => r.url));
  const more: Story[] = [];
  // Newest first, so the first few that qualify are the answer: no need to look at the whole section.
  for (const s of await storiesInSection(story.section.id)) {
    if (more.length === count) break;
    if (s.id !== story.id && !linked.has(s.url)) more.push(s);
  }
  return more;
}

export interface LoggedCorrection {
  story: Story;
  date: Date;
  text: string;
}

/** Every correction on the site, newest first. */
export const correctionsLog = once((all): LoggedCorrection[] =>
  all
    .flatMap((story) => story.data.corrections.map((c) => ({ story, date: c.date, text: c.text })))
    .sort((a, b) => b.date.getTime() - a.date.getTime()),
);
