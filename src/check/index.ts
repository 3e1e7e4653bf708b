import type { Root } from 'mdast';
import { resolve } from 'node:path';
import type { ResolvedLinks } from '../markdown/related-link-syntax.ts';
import type { Author } from '../model/schemas/author.ts';
import type { SiteConfig } from '../model/schemas/site.ts';
import { buildTime } from '../model/build-time.ts';
import { checkAuthors } from './authors.ts';
import { openCheckCache } from './cache.ts';
import { crossFileProblems } from './cross-file.ts';
import { liveProblems } from './live.ts';
import { futureDateProblems } from './future-dates.ts';
import { internalLinkProblems } from './internal-links.ts';
import { redirectProblems } from './redirects.ts';
import { storyLinks } from './related-links.ts';
import { embedProblems } from './embeds.ts';
import { breaksConfigRule, siteConfigProblems, siteLogoProblems } from './site-config.ts';
import { FILE_CONCURRENCY, listContentFiles } from './files.ts';
import { copyDesk } from './copy-desk.ts';
import { contentDir } from '../model/paths.ts';
import type { Problem } from './problems.ts';
import { storyUrl } from '../model/urls.ts';
import { headOnly, type Share } from './share.ts';
import { checkBody, checkHead, type BodyHook, type CheckedStory } from './story-file.ts';
import { limiter } from '../photos/limit.ts';

export interface ContentIndex {
  stories: CheckedStory[];
  byId: Map<string, CheckedStory>;
  authors: Map<string, Author>;
  problems: Problem[];
}

/** A story is live when it is not a draft and its publication time has come. */
export const isLiveData = (data: CheckedStory['data'], now: Date) => !data.draft && data.published.getTime() <= now.getTime();
export const isLive = (a: CheckedStory, now: Date) => isLiveData(a.data, now);

/** Bodies checked at once: enough to overlap one story's photo reads with another's parsing. */
const BODY_CONCURRENCY = 8;

export interface CheckOptions {
  /** Where per-file results are kept and reused for files that did not change. */
  cacheFile?: string | undefined;
  /**
   * Called with each freshly checked valid article and its parsed body, once every file's frontmatter
   * is known (`byId` then holds every article whose frontmatter is valid, for its related links).
   */
  onBody?: (article: CheckedStory, tree: Root, byId: ReadonlyMap<string, LinkTarget>) => void | Promise<void>;
  /** In a sharded build, the stories whose bodies and photos this run checks (share.ts); all without. */
  share?: Share | undefined;
}

/** What a related link needs of the story it points at. */
export type LinkTarget = Pick<CheckedStory, 'data'>;

/**
 * Reads and checks all content, collecting every problem rather than stopping at the first: first
 * every file's frontmatter, then every body (so a body's related links can be resolved as it is read).
 */
export async function checkContent(
  root: string,
  site: SiteConfig,
  dir = contentDir(),
  now = buildTime(),
  options: CheckOptions = {},
): Promise<ContentIndex> {
  const [stories, authorList] = await Promise.all([
    listContentFiles(root, `${dir}/articles`, ['.md']),
    listContentFiles(root, `${dir}/authors`, ['.yaml', '.yml']),
  ]);
  const storyFiles = stories.files;
  const contentRoot = resolve(root, dir);
  const [{ authors, problems }, siteProblems, logoProblems] = await Promise.all([
    checkAuthors(authorList.files, contentRoot),
    siteConfigProblems(root, site),
    siteLogoProblems(root, site),
  ]);
  // Stories are read against the site's settings: a config that breaks its rules is reported alone,
  // as loading it from src/site.config.ts would be.
  if (siteProblems.some(breaksConfigRule)) return { stories: [], byId: new Map(), authors, problems: siteProblems };
  problems.push(...stories.problems, ...authorList.problems, ...siteProblems, ...logoProblems);
  const cache = options.cacheFile ? await openCheckCache(options.cacheFile, root, { site, contentRoot }) : undefined;
  // Bounded like the file reads: each check may open the story's photos.
  const run = limiter(FILE_CONCURRENCY);
  const reused = await Promise.all(storyFiles.map((f) => run(async () => cache?.reuse(f))));
  const heads = storyFiles.map((f, i) => (reused[i] ? undefined : checkHead(f, site)));
  // Ids belong to their first file; a second file with the same id is an error (below).
  const firstFileById = new Map<string, string>();
  for (const f of storyFiles) if (!firstFileById.has(f.name)) firstFileById.set(f.name, f.file);
  const isFirst = (f: { name: string; file: string }) => firstFileById.get(f.name) === f.file;
  // What related links resolve against while bodies are read: every first file with valid frontmatter.
  const known = new Map<string, LinkTarget>();
  storyFiles.forEach((f, i) => {
    const data = reused[i]?.article?.data ?? heads[i]?.data;
    if (data && isFirst(f)) known.set(f.name, { data });
  });
  const inShare = options.share?.([...known].map(([id, { data }]) => ({ id, data }))) ?? (() => true);
  const onBody: BodyHook | undefined = options.onBody && ((article, tree) => options.onBody?.(article, tree, known));
  // Fewer bodies at once than files: each holds its tree (and, in a build, its rendering) meanwhile.
  const runBody = limiter(BODY_CONCURRENCY);
  const checked = await Promise.all(
    storyFiles.map((f, i) =>
      runBody(async () => {
        const head = heads[i];
        if (!head) return reused[i]!;
        heads[i] = undefined;
        // Not kept in the check cache: its body was never read.
        if (!inShare(f.name)) return headOnly(f, head);
        const result = await checkBody(f, head, contentRoot, onBody);
        await cache?.keep(f, result);
        return result;
      }),
    ),
  );
  await cache?.save();
  problems.push(...checked.flatMap((c) => c.problems));
  checked.forEach((c, i) => problems.push(...embedProblems(storyFiles[i]!.file, c.facts?.embeds ?? [], site)));

  const articles = checked.flatMap((c) => (c.article ? [c.article] : []));
  const byId = new Map(articles.filter((a) => isFirst(a.source)).map((a) => [a.source.name, a]));
  problems.push(...crossFileProblems({ files: storyFiles, checked, firstFileById, byId, authors, dir, now }));
  for (const a of articles) problems.push(...liveProblems(a, { authors, dir, timezone: site.timezone, now }));
  problems.push(...futureDateProblems(articles, now, site.timezone));
  problems.push(...redirectProblems([...byId.values()], site, root));
  problems.push(...internalLinkProblems({ root, site, files: storyFiles, checked, byId, authors, now }));
  problems.push(...copyDesk(articles, byId, now));
  const others = new Set(storyFiles.filter((f) => !inShare(f.name)).map((f) => f.file));
  return { stories: articles, byId, authors, problems: problems.filter((p) => !others.has(p.file)) };
}

/** The headline and URL of every story `article` links to, for the renderer and the cache digest. */
export function resolveLinks(article: CheckedStory, byId: ReadonlyMap<string, LinkTarget>): ResolvedLinks {
  const links: ResolvedLinks = {};
  for (const { id } of storyLinks(article, article.facts.related)) {
    const t = byId.get(id);
    if (t) links[id] = { headline: t.data.headline, url: storyUrl(t.data.section, id) };
  }
  return links;
}
