import type { LoaderContext } from 'astro/loaders';
import type { CheckedStory } from '../check/story-file.ts';
import type { LiveContext } from '../markdown/remark-live-updates.ts';
import { readUpdates } from '../model/live-updates.ts';
import type { SiteConfig } from '../model/schemas/site.ts';
import { bodyRecord, hasBody, type BodyRecord } from './body-store.ts';

type Store = LoaderContext['store'];

/** A story's entry in Astro's content store, without its body. */
export interface StoredStory {
  id: string;
  data: Record<string, unknown>;
  /** The story's file, relative to the project root. */
  filePath: string;
  digest: string;
}

/**
 * Whether the store already holds this story version (the same digest) and, when this run renders
 * the story, its body, whole (body-store.ts checks its hash): a data-only entry left by a shard
 * build does not count then, nor a body file truncated or rewritten since.
 */
export function isStored(store: Store, cacheDir: string, id: string, digest: string, withBody: boolean): boolean {
  const existing = store.get(id);
  if (existing?.digest !== digest) return false;
  const record = bodyRecord(existing);
  return !withBody || (record?.sha256 !== undefined && hasBody(cacheDir, digest, record));
}

/**
 * The story digest, which names its stored version and its body file: everything that decides them.
 * `code` is the registry's `stories` version; the site config is there whole, since the schema reads
 * dates in its time zone and the renderer takes its URL (a setting no story uses costs one rebuild of
 * the store, which is rare and cheap beside serving a stale one); `links` are the headlines and URLs
 * of the stories the body links to.
 */
export function storyDigest(
  generate: LoaderContext['generateDigest'],
  parts: { code: string; site: unknown; text: string; links: unknown },
): string {
  return generate(`${parts.code}\0${JSON.stringify(parts.site)}\0${parts.text}\0${JSON.stringify(parts.links)}`);
}

/** Stores a story whose page another shard builds: its data is enough for listings and links. */
export function storeData(store: Store, entry: StoredStory): void {
  replace(store, entry);
}

/**
 * Stores a rendered story: its data, and its body's record in `rendered.metadata`. Neither the
 * Markdown nor the HTML goes into the store (see body-store.ts), so `rendered.html` stays empty.
 */
export function storeRendered(store: Store, entry: StoredStory, body: BodyRecord): void {
  replace(store, { ...entry, rendered: { html: '', metadata: { body } } });
}

// Astro ignores a new entry with the digest of the one it holds (a shard's data-only one, say):
// the old one goes first.
function replace(store: Store, entry: Parameters<Store['set']>[0]): void {
  store.delete(entry.id);
  store.set(entry);
}

/** Drops every stored story this run did not load: deleted, or no longer shown. */
export function dropOthers(store: Store, loaded: ReadonlySet<string>): void {
  for (const id of store.keys()) if (!loaded.has(id)) store.delete(id);
}

/** A live blog's update as its stored data holds it (`liveUpdates`), for pages, JSON-LD, feeds and sitemaps. */
export interface StoredUpdate {
  anchor: string;
  /** ISO 8601 UTC. */
  time: string;
  headline?: string | undefined;
  by?: string | undefined;
  text: string;
}

/** What a live blog's body render needs of its story; undefined for any other story. */
export function liveContext(article: CheckedStory, site: SiteConfig): LiveContext | undefined {
  const live = article.data.live;
  return live && { start: live.start, timezone: site.timezone, locale: site.locale };
}

/**
 * The story's data for the store: its frontmatter as Astro's schema parsed it, and for a live blog
 * its updates, read as the renderer reads them (the store keeps no Markdown to read them from later).
 */
export function withUpdates(data: Record<string, unknown>, article: CheckedStory, site: SiteConfig): Record<string, unknown> {
  const live = article.data.live;
  const sources = article.facts.updates;
  if (!live || !sources?.length) return data;
  const { updates } = readUpdates(sources, live.start, site.timezone);
  const liveUpdates: StoredUpdate[] = updates.flatMap((u) =>
    u ? [{ anchor: u.anchor, time: u.time.toISOString(), headline: u.headline, by: u.by, text: u.text }] : [],
  );
  return { ...data, liveUpdates };
}
