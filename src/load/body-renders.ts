import type { Root } from 'mdast';
import type { CheckedStory } from '../check/story-file.ts';
import type { ResolvedLinks } from '../markdown/related-link-syntax.ts';
import type { StoryRenderer } from '../markdown/render.ts';
import type { LiveContext } from '../markdown/remark-live-updates.ts';
import { pruneBodies, saveBody, type BodyRecord } from './body-store.ts';

/** A few writes in flight keep the disk busy while the next stories render. */
const WRITES_IN_FLIGHT = 32;

/** A story version to render: the digest names its body file. */
export interface StoryVersion {
  article: CheckedStory;
  links: ResolvedLinks;
  digest: string;
  /** A live blog's coverage start, zone and locale, for its updates' times. */
  live?: LiveContext | undefined;
}

type Rendering = ReturnType<typeof saveBody>;

/**
 * The one way a body is rendered in a build: from the tree the checker just parsed when there is
 * one (each body parsed once), else from its Markdown; then written to its file. Renders started
 * while checking are picked up by digest when the story is stored.
 */
export function bodyRenders(renderer: StoryRenderer, cacheDir: string) {
  const started = new Map<string, Promise<Rendering>>();
  const writes: Promise<void>[] = [];
  const kept = new Set<string>();

  /** Starts rendering and writing a story version's body; the promise settles once it is rendered. */
  function start({ article, links, digest, live }: StoryVersion, tree?: Root): Promise<Rendering> {
    const job = renderer
      .render(tree ?? renderer.parse(article.body), links, article.source.absPath, live)
      .then((html) => saveBody(cacheDir, digest, html, article.body));
    started.set(digest, job);
    return job;
  }

  return {
    start,
    /** The body's record for the store: the render started while checking, or one started now. */
    async take(version: StoryVersion): Promise<BodyRecord> {
      const { record, written } = await (started.get(version.digest) ?? start(version));
      writes.push(written);
      if (writes.length >= WRITES_IN_FLIGHT) await Promise.all(writes.splice(0));
      kept.add(version.digest);
      return record;
    },
    /** A stored body this build still uses, as it is. */
    keep: (digest: string) => kept.add(digest),
    /** Waits for every write, then deletes the bodies no story version uses any more. */
    async finish(): Promise<void> {
      await Promise.all(writes);
      await pruneBodies(cacheDir, kept);
    },
  };
}
