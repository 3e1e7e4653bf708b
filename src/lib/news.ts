import { getCollection, type CollectionEntry } from 'astro:content';
import type { Crumb } from '../schemas/breadcrumbs.ts';
import { DEFAULT_RELATED_LABEL } from '../schemas/related-link.ts';
import type { Section } from '../schemas/site.ts';
import site from '../site.config.ts';
import { archiveUrl, articleUrl, homeUrl, sectionUrl } from './urls.ts';

export type ArticleEntry = CollectionEntry<'articles'>;
export type ArticleData = ArticleEntry['data'];

export interface Byline {
  id: string;
  name: string;
  role?: string | undefined;
}

/** An article shaped once for every page that shows it. */
export interface Story {
  id: string;
  url: string;
  entry: ArticleEntry;
  data: ArticleData;
  section: Section;
  authors: Byline[];
  /** The full trail including the headline as the current page. */
  breadcrumbs: (Crumb & { current?: boolean })[];
  related: { label: string; headline: string; url: string }[];
}

let cache: Promise<Story[]> | undefined;

/** Every published story, newest first. Loaded once per build, never per page. */
export function getStories(): Promise<Story[]> {
  cache ??= loadStories();
  return cache;
}

async function loadStories(): Promise<Story[]> {
  const [entries, authors] = await Promise.all([getCollection('articles'), getCollection('authors')]);
  const authorById = new Map(authors.map((a) => [a.id, a.data]));
  const sectionById = new Map(site.sections.map((s) => [s.id, s]));
  const byId = new Map(entries.map((e) => [e.id, e]));
  const stories = entries.map((entry): Story => {
    const section = sectionById.get(entry.data.section)!;
    const url = articleUrl(section.id, entry.id);
    return {
      id: entry.id,
      url,
      entry,
      data: entry.data,
      section,
      authors: entry.data.authors.map((id) => ({ id, name: authorById.get(id)?.name ?? id, role: authorById.get(id)?.role })),
      breadcrumbs: [
        ...(entry.data.breadcrumbs ?? defaultTrail(section)),
        { label: entry.data.headline, href: url, current: true },
      ],
      related: entry.data.related.flatMap((r) => {
        const target = byId.get(r.id);
        if (!target) return [];
        return [
          {
            label: r.label || DEFAULT_RELATED_LABEL,
            headline: target.data.headline,
            url: articleUrl(target.data.section, target.id),
          },
        ];
      }),
    };
  });
  return stories.sort((a, b) => b.data.published.getTime() - a.data.published.getTime() || a.id.localeCompare(b.id));
}

/** The trail a news site shows: Home / <Section> / Article / <headline>. */
export function defaultTrail(section: Section): Crumb[] {
  return [
    { label: 'Home', href: homeUrl() },
    { label: section.name, href: sectionUrl(section.id) },
    { label: 'Article', href: archiveUrl() },
  ];
}

export async function storiesInSection(sectionId: string): Promise<Story[]> {
  return (await getStories()).filter((s) => s.section.id === sectionId);
}
