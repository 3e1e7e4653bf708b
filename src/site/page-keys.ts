import { createHash } from 'node:crypto';
import { buildTime } from '../model/build-time.ts';
import { heroInput, photoPath } from './story-photos.ts';
import { markKeyedPage } from '../photos/page-photos.ts';
import { readSource } from '../photos/photo.ts';
import { moreFromSection, neighbours } from './listings.ts';
import { getAuthors, type StoryEntry, type Story } from './stories.ts';
import type { Page } from './pagination.ts';
import { mastheadDate } from './display-dates.ts';
import { bodyRecord } from '../load/body-store.ts';
import { cacheVersion } from '../incremental/cache-version.ts';
import { embedFingerprint } from './story-embeds.ts';

/*
 * Astro's incremental build copies a page from the last build when its cacheKey is unchanged (and
 * its code: Astro hashes the page's modules itself). Astro decides before the page renders, from the
 * key getStaticPaths gave, so a key cannot be what the page read: it describes what each page shows.
 * A story's digest covers its file, the headlines and URLs it links to and the code that renders it;
 * photos are covered by their bytes; authors, the masthead day and the code of the caches a page's
 * HTML names (the registry's `pages`: photo derivative names, the page-photos record) by `everyPage`.
 */

/** A photo's bytes (read once per build with the photo pipeline): a replaced photo changes the key. */
const photoFingerprint = (path: string): Promise<string> =>
  readSource(path).then(
    (source) => source.digest,
    () => 'missing',
  );

/** What a story contributes to a page that shows it: its digest and its photos' bytes. */
async function shown(entry: StoryEntry, withBody = false): Promise<unknown[]> {
  const hero = heroInput(entry);
  const body = withBody ? (bodyRecord(entry)?.photos ?? []).map((src) => photoPath(entry, src)) : [];
  const paths = [...(hero ? [hero.path] : []), ...body];
  // What the build fetched for the body's embeds is no part of the story's digest: the key holds it.
  const embeds = withBody ? await Promise.all((bodyRecord(entry)?.embeds ?? []).map(embedFingerprint)) : [];
  return [entry.id, entry.digest, await Promise.all(paths.map(photoFingerprint)), ...(embeds.length ? [embeds] : [])];
}

const digest = (parts: unknown) => createHash('sha256').update(JSON.stringify(parts)).digest('base64url');

let shared: Promise<string> | undefined;
/**
 * What every page shows, once per build: the masthead's day and year, the authors (bylines, boxes,
 * portraits), and the code versions its key covers (incremental/registry.ts).
 */
function everyPage(): Promise<string> {
  shared ??= (async () => {
    const now = buildTime();
    const authors = await Promise.all(
      (await getAuthors()).map(async ({ stories: _, ...a }) => [a, a.photo ? await photoFingerprint(a.photo) : null]),
    );
    return digest([cacheVersion('pages'), mastheadDate(now), now.getFullYear(), authors]);
  })();
  return shared;
}

/** A story page shows the story, the stories before and after it, more from its section and its related links. */
async function storyPageKey(story: Story): Promise<string> {
  const [{ newer, older }, more] = await Promise.all([neighbours(story), moreFromSection(story)]);
  const around = [newer, older, ...more].map((s) => (s ? shown(s.entry) : []));
  return digest(
    await Promise.all([everyPage(), shown(story.entry, true), ...around, ...story.related.map((r) => shown(r.entry))]),
  );
}

// The dev server renders on request and never reuses pages: no need to hash anything there.
const keyed = import.meta.env.MODE !== 'development';

/** Adds each path's cacheKey, and tells the photo pipeline that Astro may copy that page. */
function withKeys<T>(paths: T[], url: (path: T) => string, key: (path: T) => Promise<string>) {
  if (!keyed) return paths;
  return Promise.all(
    paths.map(async (path) => {
      markKeyedPage(url(path));
      return { ...path, cacheKey: await key(path) };
    }),
  );
}

/** Story pages' static paths with their cacheKeys. */
export const keyStoryPaths = <T extends { props: { story: Story } }>(paths: T[]) =>
  withKeys(
    paths,
    (p) => p.props.story.url,
    (p) => storyPageKey(p.props.story),
  );

/** Listing pages' static paths (from `pagePaths`) with their cacheKeys: the cards shown and the page's place. */
export const keyListingPaths = <T extends { props: { page: Page<Story> } }>(paths: T[]) =>
  withKeys(
    paths,
    (p) => p.props.page.url,
    async ({ props: { page } }) =>
      digest(await Promise.all([everyPage(), page.url, page.number, page.total, ...page.items.map((s) => shown(s.entry))])),
  );
