import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { SiteConfig } from '../model/schemas/site.ts';
import { checkContent, resolveLinks, type ContentIndex } from '../check/index.ts';
import type { CheckedStory } from '../check/story-file.ts';
import { ContentError, formatProblems } from '../check/problems.ts';
import { buildTime } from '../model/build-time.ts';
import { cacheVersion, cachePath } from '../incremental/cache-version.ts';
import { storyRenderer, type StoryRenderer } from '../markdown/render.ts';
import { encodeEarly } from '../photos/early-encode.ts';
import { drawnCardJob } from '../photos/pictures.ts';
import { storyTextCard } from '../photos/text-card.ts';
import { useBodyCache } from './body-store.ts';
import { bodyRenders, type StoryVersion } from './body-renders.ts';
import { renderPlan, type RenderPlan } from './render-plan.ts';
import { dropOthers, isStored, liveContext, storeData, storeRendered, storyDigest, withUpdates } from './story-entry.ts';
import { previewFailed, watchContent } from './watch-content.ts';

/** One run of the loader: a build, or a reload in `npm run dev`. */
interface Run {
  context: LoaderContext;
  root: string;
  cacheDir: string;
  /** The time this run publishes at: later stories are scheduled. */
  now: Date;
  plan: RenderPlan;
  bodies: ReturnType<typeof bodyRenders>;
  /** The story version of a checked story, with the links its body resolves against `byId`. */
  version(article: CheckedStory, byId: Parameters<typeof resolveLinks>[1]): StoryVersion;
}

function startRun(context: LoaderContext, renderer: StoryRenderer, site: SiteConfig, includeUnpublished: boolean): Run {
  const root = fileURLToPath(context.config.root);
  const cacheDir = fileURLToPath(context.config.cacheDir);
  useBodyCache(cacheDir);
  // Astro keeps a stored story across builds by digest, so the digest covers the code that renders
  // and stores it (the registry's `stories`): else a warm build would serve HTML from the old code.
  const code = cacheVersion('stories', root);
  const now = buildTime();
  return {
    context,
    root,
    cacheDir,
    now,
    plan: renderPlan(now, includeUnpublished),
    bodies: bodyRenders(renderer, cacheDir),
    version(article, byId) {
      const links = resolveLinks(article, byId);
      const digest = storyDigest(context.generateDigest, { code, site, text: article.source.text, links });
      return { article, links, digest, live: liveContext(article, site) };
    },
  };
}

/**
 * Checks all content through the same checker as `npm run check`, rendering each shown story's body
 * from the tree the checker parsed as soon as its check has it. A check waits for its story's render
 * and body file, so no tree outlives its check and no more files are open than bodies checked at once.
 */
async function checkAndRender(run: Run, site: SiteConfig): Promise<ContentIndex> {
  const { context, plan, bodies } = run;
  const index = await checkContent(run.root, site, undefined, run.now, {
    cacheFile: cachePath('checks', run.cacheDir),
    share: plan.share,
    onBody: (article, tree, byId) => {
      if (!plan.shows(article) || !plan.owns(article.source.name)) return;
      const version = run.version(article, byId);
      if (isStored(context.store, run.cacheDir, article.source.name, version.digest, true)) return;
      earlyCard(article, site);
      // A failure surfaces where the story is stored, unless a problem stops the build first.
      return bodies.start(version, tree).then(
        ({ written }) => written.catch(() => undefined),
        () => undefined,
      );
    },
  });
  if (index.problems.some((p) => p.severity === 'error')) throw new ContentError(index.problems);
  if (index.problems.length) context.logger.warn(`\n${formatProblems(index.problems)}`);
  return index;
}

/**
 * A story without a lead photo is shared with a drawn card: during a build its encoding starts now,
 * on the other core, instead of after every page is rendered (photos/early-encode.ts).
 */
function earlyCard(article: CheckedStory, site: SiteConfig): void {
  const words = !article.data.hero && storyTextCard(article.data.headline, article.data.section, site);
  if (words) encodeEarly(drawnCardJob(words.card, words.alt));
}

/** Puts every shown story into Astro's store: as it is when unchanged, else with its new data and body. */
async function storeStories(run: Run, index: ContentIndex, site: SiteConfig): Promise<void> {
  const { store, parseData } = run.context;
  const live = [...index.byId.values()].filter(run.plan.shows);
  const renders = run.plan.renders(live);
  for (const article of live) {
    const id = article.source.name;
    const version = run.version(article, index.byId);
    if (isStored(store, run.cacheDir, id, version.digest, renders(id))) {
      if (renders(id)) run.bodies.keep(version.digest);
      continue;
    }
    const parsed = await parseData({ id, data: article.raw as Record<string, unknown>, filePath: article.source.absPath });
    const data = withUpdates(parsed, article, site);
    const entry = { id, data, filePath: relative(run.root, article.source.absPath), digest: version.digest };
    if (renders(id)) storeRendered(store, entry, await run.bodies.take(version));
    else storeData(store, entry);
  }
  dropOthers(store, new Set(live.map((a) => a.source.name)));
  await run.bodies.finish();
}

/**
 * Loads stories through the checker, so the build fails on exactly the problems `npm run check`
 * lists, all at once; renders their bodies into files beside Astro's cache; stores their data.
 */
export function storyLoader(site: SiteConfig, options: { includeUnpublished: boolean }): Loader {
  const renderer = storyRenderer(site.url);
  const loader: Loader = {
    name: 'broadsheet-articles',
    load: async (context) => {
      // Watching starts before the first load, so a preview started on broken content recovers on a save.
      watchContent(context, 'stories', () => loader.load(context));
      const run = startRun(context, renderer, site, options.includeUnpublished);
      try {
        await storeStories(run, await checkAndRender(run, site), site);
      } catch (e) {
        if (context.watcher) previewFailed('stories', e);
        throw e;
      }
    },
  };
  return loader;
}
