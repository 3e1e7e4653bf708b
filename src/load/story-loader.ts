import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader } from 'astro/loaders';
import type { SiteConfig } from '../model/schemas/site.ts';
import type { Root } from 'mdast';
import type { ResolvedLinks } from '../markdown/related-link-syntax.ts';
import { checkContent, isLive, resolveLinks, type ContentIndex } from '../check/index.ts';
import { FEED_LENGTH } from '../model/feed-policy.ts';
import { buildTime } from '../model/build-time.ts';
import { codeVersion } from '../incremental/code-version.ts';
import { ContentError, formatProblems } from '../check/problems.ts';
import { currentShard, ownsStory } from '../model/shard.ts';
import { bodyRecord, hasBody, pruneBodies, saveBody, useBodyCache } from './body-store.ts';
import { storyRenderer } from '../markdown/render.ts';
import { watchContent } from './watch-content.ts';

/**
 * Astro keeps a stored story across builds by digest (it ignores a new version with the same digest),
 * so the digest must change when the Markdown pipeline does (our plugins and everything they import,
 * the packages), or when this loader changes what it stores; otherwise a warm build would serve HTML,
 * or a store layout, from the old code. The checker's code reaches the output only through the digest's
 * own input (the file and its resolved links), so it is left out: editing it re-renders nothing.
 */
function rendererVersion(root: string): string {
  return createHash('sha256')
    .update(codeVersion(root, ['src/markdown/pipeline.ts', 'src/load/body-store.ts']))
    .update(readFileSync(join(root, 'src/load/story-loader.ts')))
    .update(readFileSync(join(root, 'package-lock.json'), 'utf8'))
    .digest('hex')
    .slice(0, 16);
}

interface AssetStore {
  addAssetImports?: (assets: string[], filePath?: string) => void;
}

/**
 * Loads articles through the same checker as `npm run check`, so the build fails on exactly the
 * problems the checker lists, all at once. The cache digest covers the file *and* the headlines and
 * URLs it links to, so renaming a story re-renders the stories that point at it.
 */
export function articleLoader(site: SiteConfig, options: { includeUnpublished: boolean }): Loader {
  const renderStory = storyRenderer(site.url);
  const loader: Loader = {
    name: 'broadsheet-articles',
    load: async (context) => {
      const { store, parseData, generateDigest, config, logger } = context;
      const root = fileURLToPath(config.root);
      const renderer = rendererVersion(root);
      const now = buildTime();
      const kept = new Set<string>();
      const bodies = new Set<string>();
      const writes: Promise<void>[] = [];
      const cacheDir = fileURLToPath(config.cacheDir);
      useBodyCache(cacheDir);
      // Drafts and scheduled stories only in the preview.
      const shown = (article: Checked) => options.includeUnpublished || isLive(article, now);
      const digestOf = (article: Checked, links: ResolvedLinks) =>
        generateDigest(renderer + article.source.text + JSON.stringify(links));
      const renderBody = async (article: Checked, links: ResolvedLinks, digest: string, tree?: Root) => {
        const fileURL = pathToFileURL(article.source.absPath);
        const { html, imagePaths } = await renderStory(article.body, links, fileURL, tree);
        return { ...saveBody(cacheDir, digest, html, article.body), imagePaths };
      };
      // Stories rendered from the checker's tree as it reads them (each body parsed once), by digest.
      const early = new Map<string, ReturnType<typeof renderBody>>();
      const index = await checkContent(root, site, undefined, now, {
        cacheFile: fileURLToPath(new URL('broadsheet-check.bin', config.cacheDir)),
        onBody: (article, tree, byId) => {
          if (!shown(article)) return;
          // Another shard's story is rendered only if a feed needs it, from its text, below.
          if (currentShard() && !ownsStory(article.source.name)) return;
          const links = resolveLinks(article, byId);
          const digest = digestOf(article, links);
          if (store.get(article.source.name)?.digest === digest) return;
          const job = renderBody(article, links, digest, tree);
          early.set(digest, job);
          // The check waits for the render and its file (a tree lives no longer than its story's check,
          // and no more files are open than bodies checked at once); a failure surfaces below, where
          // the story is stored, unless a problem stops the build first.
          return job.then(
            ({ written }) => written.catch(() => undefined),
            () => undefined,
          );
        },
      });
      if (index.problems.some((p) => p.severity === 'error')) throw new ContentError(index.problems);
      if (index.problems.length) logger.warn(`\n${formatProblems(index.problems)}`);

      const live = [...index.byId.values()].filter(shown);
      const toRender = storiesToRender(live);
      for (const article of live) {
        const id = article.source.name;
        kept.add(id);
        const links = resolveLinks(article, index.byId);
        const digest = digestOf(article, links);
        const filePath = relative(root, article.source.absPath);
        const existing = store.get(id);
        const render = !toRender || toRender.has(id);
        const reusable = render ? existing?.rendered && bodyRecord(existing) && hasBody(cacheDir, digest) : true;
        if (existing?.digest === digest && reusable) {
          if (render) bodies.add(digest);
          const assets = existing.assetImports ?? [];
          if (assets.length) (store as AssetStore).addAssetImports?.(assets, existing.filePath);
          continue;
        }
        const data = await parseData({ id, data: article.raw as Record<string, unknown>, filePath: article.source.absPath });
        if (!render) {
          // Another shard builds this story's page: its data is enough for listings and links here.
          store.delete(id);
          store.set({ id, data, filePath, digest });
          continue;
        }
        const { record: body, written, imagePaths } = await (early.get(digest) ?? renderBody(article, links, digest));
        writes.push(written);
        // A few writes in flight are enough to keep the disk busy while the next stories render.
        if (writes.length >= 32) await Promise.all(writes.splice(0));
        bodies.add(digest);
        // Neither the Markdown nor the HTML goes into the store: see story-body.ts. Astro ignores a
        // new entry with the digest of the one it holds (say, a shard's data-only entry): drop that first.
        store.delete(id);
        store.set({
          id,
          data,
          filePath,
          digest,
          rendered: { html: '', metadata: { imagePaths, body } },
          assetImports: imagePaths,
        });
      }
      await Promise.all(writes);
      for (const id of store.keys()) if (!kept.has(id)) store.delete(id);
      await pruneBodies(cacheDir, bodies);
      watchContent(context, () => loader.load(context));
    },
  };
  return loader;
}

type Checked = ContentIndex['articles'][number];

/**
 * In a sharded build, the stories whose Markdown this run renders: its own, and the newest of each
 * feed (feeds carry full text, and every shard writes the same feeds, so the merge can check they
 * agree). Undefined when every story is rendered.
 */
function storiesToRender(live: readonly Checked[]): Set<string> | undefined {
  if (!currentShard()) return undefined;
  const ids = new Set(live.filter((a) => ownsStory(a.source.name)).map((a) => a.source.name));
  const newest = [...live].sort(
    (a, b) => b.data.published.getTime() - a.data.published.getTime() || a.source.name.localeCompare(b.source.name),
  );
  const perFeed = new Map<string, number>();
  for (const a of newest)
    for (const feed of ['', a.data.section]) {
      const n = perFeed.get(feed) ?? 0;
      if (n < FEED_LENGTH) ids.add(a.source.name);
      perFeed.set(feed, n + 1);
    }
  return ids;
}
