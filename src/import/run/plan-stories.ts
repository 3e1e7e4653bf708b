import { slugify } from '../../model/slug.ts';
import { STAFF } from './authors.ts';
import { storyUrl } from '../../model/urls.ts';
import type { SourceCategory, SourcePost, SourceReader } from '../source.ts';
import type { LinkIndex } from './link-index.ts';
import type { Manifest } from './manifest.ts';
import { sectionOf, suggestSection, type SectionMap } from './section-map.ts';
import { frontmatterDate, storyFile } from './story-dates.ts';
import type { StoryIds } from './story-ids.ts';

/** What the first pass decides for a post, before any body is read. */
export interface PlannedStory {
  id: string;
  section: string;
  url: string;
  /** File relative to the content folder. */
  file: string;
  published: string | undefined;
  /** Old addresses another story claimed first (the report names them). */
  contested: string[];
  /** Addresses earlier runs gave it before a move (a new section, say): they redirect, run after run. */
  formerUrls: string[];
  /** The date an undated post was given when first imported: kept, so a re-run writes the same file. */
  undated?: string | undefined;
}

export interface Plan {
  stories: Map<string, PlannedStory>;
  /** Posts per category slug, for the section file. */
  categoryCounts: Map<string, number>;
  posts: number;
  /** Author keys the stories name, in order: their ids are given before any body is written. */
  authorKeys: Set<string>;
  /** Posts not imported, with why (nothing in them), for the report. */
  empty: { origin: string; key: string }[];
}

export interface PlanContext {
  ids: StoryIds;
  sections: SectionMap;
  sectionIds: readonly string[];
  sectionNames: readonly string[];
  categories: readonly SourceCategory[];
  index: LinkIndex;
  previous: Manifest;
  timezone: string;
  /** Whether an editor changed the file since the last run (it keeps its address: it will not be written). */
  edited: (file: string) => boolean;
  now: Date;
}

/**
 * The first pass over the source: every post's id, section, address and file, and every old
 * address in the link index, so the second pass can rewrite a link in the first post to the last.
 */
export async function planStories(reader: SourceReader, context: PlanContext): Promise<Plan> {
  const { sections, index, previous } = context;
  const bySlug = new Map(context.categories.map((c) => [c.slug, c]));
  const plan: Plan = { stories: new Map(), categoryCounts: new Map(), posts: 0, authorKeys: new Set(), empty: [] };
  for await (const post of reader.posts()) {
    plan.posts++;
    if (isEmpty(post)) {
      plan.empty.push({ origin: post.origin, key: post.key });
      continue;
    }
    for (const slug of post.categories) {
      plan.categoryCounts.set(slug, (plan.categoryCounts.get(slug) ?? 0) + 1);
      if (!sections.categories.has(slug)) {
        const category = bySlug.get(slug) ?? { slug, name: slug };
        sections.categories.set(slug, suggestSection(category, sections, context.sectionIds, context.sectionNames, bySlug));
      }
    }
    for (const tag of post.tags) index.addTag(slugify(tag));
    for (const key of post.authors.length ? post.authors : [STAFF.key]) plan.authorKeys.add(key);
    const before = previous.stories[post.key];
    // A story an editor has changed stays where it is: it will not be written, so links must find it there.
    const section = before && context.edited(before.file) ? before.url.split('/')[1]! : sectionOf(post.categories, sections);
    plan.stories.set(post.key, planOne(post, context.ids.idFor(post), section, context));
  }
  for (const [slug, section] of sections.categories) index.addCategory(slug, section ?? sections.fallback);
  return plan;
}

function planOne(post: SourcePost, id: string, section: string, context: PlanContext): PlannedStory {
  const { index, previous, timezone, now } = context;
  const url = storyUrl(section, id);
  const published = frontmatterDate(post.published, timezone);
  const before = previous.stories[post.key];
  const formerUrls = [...new Set([...(before?.formerUrls ?? []), ...(before ? [before.url] : [])])].filter((u) => u !== url);
  const linkable = post.status === 'published' && !!published && Date.parse(published) <= now.getTime();
  const contested = index.addStory({ id, url, linkable }, [...post.oldUrls, ...formerUrls]);
  // A story keeps the file the last run gave it, so an editor's changes there are found.
  const file = before?.file ?? storyFile(id, published);
  return { id, section, url, file, published, contested, formerUrls, undated: published ? undefined : before?.undated };
}

/** A post with neither text nor a photo in it (WordPress keeps such husks): there is no story to make. */
function isEmpty(post: SourcePost): boolean {
  const text = post.body.text;
  if (/<img\b|!\[|\[(?:gallery|caption)\b|\{\{[<%]\s*figure/i.test(text)) return false;
  return (
    text
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<[^>]*>/g, '')
      .replace(/&nbsp;|&#160;/g, ' ')
      .trim() === ''
  );
}
