import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { buildTime } from './build-time.ts';
import { heroInput, photoPath } from './images/article-photos.ts';
import { markKeyedPage } from './images/page-media.ts';
import { moreFromSection, neighbours } from './listings.ts';
import { getAuthors, type ArticleEntry, type Story } from './news.ts';
import type { Page } from './pagination.ts';
import { mastheadDate } from './site-dates.ts';
import { bodyRecord } from './story-body.ts';

/*
 * Astro's incremental build copies a page from the last build when its cacheKey is unchanged (and
 * its code: Astro hashes the page's modules itself). A key must therefore cover all the data a page
 * shows. A story's digest covers its file, the headlines and URLs it links to and the Markdown
 * plugins; photos are covered by their bytes; authors and the masthead day by `everyPage`.
 */

const fingerprints = new Map<string, Promise<string>>();

/** A photo's bytes, hashed once per build (per path, size and mtime): a replaced photo changes the key. */
async function photoFingerprint(path: string): Promise<string> {
  const info = await stat(path).catch(() => undefined);
  if (!info) return 'missing';
  const key = `${path}:${info.size}:${info.mtimeMs}`;
  let hash = fingerprints.get(key);
  if (!hash) {
    hash = readFile(path).then((bytes) => createHash('sha256').update(bytes).digest('hex'));
    fingerprints.set(key, hash);
  }
  return hash;
}

/** What a story contributes to a page that shows it: its digest and its photos' bytes. */
async function shown(entry: ArticleEntry, withBody = false): Promise<unknown[]> {
  const hero = heroInput(entry);
  const body = withBody ? (bodyRecord(entry)?.photos ?? []).map((src) => photoPath(entry, src)) : [];
  const paths = [...(hero ? [hero.path] : []), ...body];
  return [entry.id, entry.digest, await Promise.all(paths.map(photoFingerprint))];
}

const digest = (parts: unknown) => createHash('sha256').update(JSON.stringify(parts)).digest('base64url');

let shared: Promise<string> | undefined;
/** What every page shows, once per build: the masthead's day and year, and the authors (bylines, boxes, portraits). */
function everyPage(): Promise<string> {
  shared ??= (async () => {
    const now = buildTime();
    const authors = await Promise.all(
      (await getAuthors()).map(async ({ stories: _, ...a }) => [a, a.photo ? await photoFingerprint(a.photo) : null]),
    );
    return digest([mastheadDate(now), now.getFullYear(), authors]);
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

/** Story pages' static paths with their cacheKeys. */
export async function keyStoryPaths<T extends { props: { story: Story } }>(paths: T[]) {
  return Promise.all(
    paths.map(async (path) => {
      if (!keyed) return path;
      markKeyedPage(path.props.story.url);
      return { ...path, cacheKey: await storyPageKey(path.props.story) };
    }),
  );
}

/** Listing pages' static paths (from `pagePaths`) with their cacheKeys: the cards shown and the page's place. */
export async function keyListingPaths<T extends { props: { page: Page<Story> } }>(paths: T[]) {
  return Promise.all(
    paths.map(async (path) => {
      if (!keyed) return path;
      const { url, number, total, items } = path.props.page;
      markKeyedPage(url);
      return {
        ...path,
        cacheKey: digest(await Promise.all([everyPage(), url, number, total, ...items.map((s) => shown(s.entry))])),
      };
    }),
  );
}
