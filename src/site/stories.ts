import { resolve } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Crumb } from '../model/schemas/breadcrumbs.ts';
import { DEFAULT_RELATED_LABEL } from '../model/schemas/related-link.ts';
import type { Section } from '../model/schemas/site.ts';
import site from '../site.config.ts';
import { ownsStory } from '../model/shard.ts';
import { photoSourcePath } from '../photos/remote-photo.ts';
import { newestFirst } from '../model/feed-policy.ts';
import { creditedIds, creditLines, shapeContributors, type CreditLine, type StoryContributor } from './contributors.ts';
import { liveBlogOf, type LiveBlog } from './live-blog.ts';
import { archiveUrl, storyUrl, authorUrl, homeUrl, sectionUrl, tagUrl } from '../model/urls.ts';

export type StoryEntry = CollectionEntry<'articles'>;
export type StoryEntryData = StoryEntry['data'];

export interface Byline {
  id: string;
  name: string;
  role?: string | undefined;
  /** The author's page. */
  url: string;
}

export interface TagRef {
  id: string;
  label: string;
  url: string;
}

/** An article shaped once for every page that shows it. */
export interface Story {
  id: string;
  url: string;
  entry: StoryEntry;
  data: StoryEntryData;
  section: Section;
  authors: Byline[];
  /** Everyone else credited, in the order written; `credits` has them grouped for the line after the byline. */
  contributors: StoryContributor[];
  credits: CreditLine[];
  tags: TagRef[];
  /** The last real change: `updated`, the newest correction or live update, whichever is latest; else `published`. */
  modified: Date;
  /** For a live blog: its status, key points and updates, newest first. */
  live?: LiveBlog | undefined;
  /** The full trail including the headline as the current page. */
  breadcrumbs: (Crumb & { current?: boolean })[];
  /** `entry` is the linked story's, so a page can show its photo without looking it up among all stories. */
  related: { id: string; label: string; headline: string; url: string; entry: StoryEntry }[];
}

export interface AuthorProfile extends Byline {
  bio?: string | undefined;
  /** Absolute path of the portrait, when the author file names one. */
  photo?: string | undefined;
  /** Addresses of their profiles elsewhere (`sameAs`). */
  sameAs: string[];
  /** Their stories, newest first: those they wrote and those they are credited on. */
  stories: Story[];
}

interface News {
  stories: Story[];
  authors: AuthorProfile[];
  /** Position of each story in `stories`, so a page finds its neighbours without a scan. */
  position: Map<string, number>;
  /** Each section's stories, newest first. */
  bySection: Map<string, Story[]>;
}

let cache: Promise<News> | undefined;
const news = () => (cache ??= loadNews());

/** Every published story, newest first. Loaded once per build, never per page. */
export const getStories = async (): Promise<Story[]> => (await news()).stories;

/** The stories whose pages this run builds: all of them, or one shard's (see shard.ts). */
export const storiesToBuild = async (): Promise<Story[]> => (await getStories()).filter((s) => ownsStory(s.id));

/** Every author with their stories, by name. */
export const getAuthors = async (): Promise<AuthorProfile[]> => (await news()).authors;

export async function storiesInSection(sectionId: string): Promise<Story[]> {
  return (await news()).bySection.get(sectionId) ?? [];
}

/** Where `story` stands in `getStories()`, or -1; constant time, for per-page lookups. */
export const storyPosition = async (story: Story): Promise<number> => (await news()).position.get(story.id) ?? -1;

/** `wend-bridge` → `Wend Bridge`: tags are slugs, readers see words. */
export const tagLabel = (tag: string) =>
  tag.replace(/(^|-)([a-z0-9])/g, (_, dash: string, c: string) => `${dash ? ' ' : ''}${c.toUpperCase()}`);

// Content problems (a section id the site's own pages use, a portrait that does not exist) are the
// checker's: the loader runs it and stops the build on any error, so none can reach this far.
async function loadNews(): Promise<News> {
  const [entries, authorEntries] = await Promise.all([getCollection('articles'), getCollection('authors')]);
  const authorById = new Map(authorEntries.map((a) => [a.id, a]));
  const sectionById = new Map(site.sections.map((s) => [s.id, s]));
  const byId = new Map(entries.map((e) => [e.id, e]));
  const byline = (id: string): Byline => {
    const data = authorById.get(id)?.data;
    return { id, name: data?.name ?? id, role: data?.role, url: authorUrl(id) };
  };
  const stories = entries.map((entry): Story => {
    const section = sectionById.get(entry.data.section)!;
    const url = storyUrl(section.id, entry.id);
    const { data } = entry;
    const contributors = shapeContributors(data.contributors, byline);
    const live = liveBlogOf(entry);
    return {
      id: entry.id,
      url,
      entry,
      data,
      section,
      authors: data.authors.map(byline),
      contributors,
      credits: creditLines(contributors),
      tags: data.tags.map((id) => ({ id, label: tagLabel(id), url: tagUrl(id) })),
      modified: lastChange(data, live),
      live,
      breadcrumbs: [...(data.breadcrumbs ?? defaultTrail(section)), { label: data.headline, href: url, current: true }],
      related: data.related.flatMap((r) => {
        const target = byId.get(r.id);
        if (!target) return [];
        return [
          {
            id: target.id,
            entry: target,
            label: r.label || DEFAULT_RELATED_LABEL,
            headline: target.data.headline,
            url: storyUrl(target.data.section, target.id),
          },
        ];
      }),
    };
  });
  stories.sort(newestFirst);
  // One pass groups stories by author and section; filtering per author or per page is O(N) each time.
  const byAuthor = new Map<string, Story[]>();
  const bySection = new Map<string, Story[]>(site.sections.map((s) => [s.id, []]));
  for (const story of stories) {
    for (const id of creditedIds(story)) {
      const list = byAuthor.get(id);
      if (list) list.push(story);
      else byAuthor.set(id, [story]);
    }
    bySection.get(story.section.id)?.push(story);
  }
  const authors = authorEntries
    .map((a): AuthorProfile => ({
      ...byline(a.id),
      bio: a.data.bio,
      sameAs: a.data.sameAs,
      photo: a.data.photo === undefined ? undefined : authorPhoto(a.filePath, a.data.photo),
      stories: byAuthor.get(a.id) ?? [],
    }))
    .sort((a, b) => a.name.localeCompare(b.name, site.locale));
  return { stories, authors, position: new Map(stories.map((s, i) => [s.id, i])), bySection };
}

/** A correction or a live update is a real change too, so it moves `dateModified` and the sitemap's `lastmod`. */
function lastChange(data: StoryEntryData, live: LiveBlog | undefined): Date {
  const times = [data.published, data.updated, ...data.corrections.map((c) => c.date), live?.updates[0]?.time].flatMap((d) =>
    d ? [d.getTime()] : [],
  );
  return new Date(Math.max(...times));
}

/** The portrait's absolute path: the author file names it relative to itself. */
function authorPhoto(file: string | undefined, photo: string): string {
  return photoSourcePath(resolve(file ?? '.'), photo);
}

/** The trail a news site shows: Home / <Section> / Article / <headline>. */
export function defaultTrail(section: Section): Crumb[] {
  return [
    { label: 'Home', href: homeUrl() },
    { label: section.name, href: sectionUrl(section.id) },
    { label: 'Article', href: archiveUrl() },
  ];
}
