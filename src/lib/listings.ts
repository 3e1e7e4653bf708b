import site from '../site.config.ts';
import { getStories, tagLabel, type Story, type TagRef } from './news.ts';
import { monthUrl, tagUrl } from './urls.ts';

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

/** Every tag in use with its stories, newest first, tags in alphabetical order. */
export async function tagListings(): Promise<TagListing[]> {
  const byTag = new Map<string, Story[]>();
  for (const story of await getStories()) for (const tag of story.data.tags) byTag.set(tag, [...(byTag.get(tag) ?? []), story]);
  return [...byTag]
    .map(([id, stories]) => ({ tag: { id, label: tagLabel(id), url: tagUrl(id) }, stories }))
    .sort((a, b) => a.tag.label.localeCompare(b.tag.label, site.locale));
}

const monthParts = new Intl.DateTimeFormat('en-US', { timeZone: site.timezone, year: 'numeric', month: 'numeric' });
const monthName = new Intl.DateTimeFormat(site.locale, { timeZone: 'UTC', year: 'numeric', month: 'long' });

/** Stories grouped by the month they were first published in the site zone, newest month first. */
export async function monthListings(): Promise<MonthListing[]> {
  const byMonth = new Map<string, MonthListing>();
  for (const story of await getStories()) {
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
}

/** The stories published just before and after this one, across the whole paper. */
export async function neighbours(story: Story): Promise<{ newer?: Story | undefined; older?: Story | undefined }> {
  const stories = await getStories();
  const i = stories.findIndex((s) => s.id === story.id);
  return { newer: stories[i - 1], older: i < 0 ? undefined : stories[i + 1] };
}

/** The latest other stories in the same section, leaving out those the editor already linked. */
export async function moreFromSection(story: Story, count = 4): Promise<Story[]> {
  const linked = new Set(story.related.map((r) => r.url));
  return (await getStories())
    .filter((s) => s.section.id === story.section.id && s.id !== story.id && !linked.has(s.url))
    .slice(0, count);
}

export interface LoggedCorrection {
  story: Story;
  date: Date;
  text: string;
}

/** Every correction on the site, newest first. */
export async function correctionsLog(): Promise<LoggedCorrection[]> {
  return (await getStories())
    .flatMap((story) => story.data.corrections.map((c) => ({ story, date: c.date, text: c.text })))
    .sort((a, b) => b.date.getTime() - a.date.getTime());
}
