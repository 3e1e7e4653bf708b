import { parseLinkUrl } from '../markdown/link-url.ts';
import type { Author } from '../model/schemas/author.ts';
import type { SiteConfig } from '../model/schemas/site.ts';
import { absoluteUrl, storyUrl } from '../model/urls.ts';
import type { ContentFile } from './files.ts';
import { problem, type Problem } from './problems.ts';
import { sitePages, type SitePages } from './site-pages.ts';
import { editDistance } from './edit-distance.ts';
import type { CheckedStory, FileCheck } from './story-file.ts';

export interface InternalLinkContext {
  root: string;
  site: SiteConfig;
  files: readonly ContentFile[];
  checked: readonly FileCheck[];
  byId: ReadonlyMap<string, CheckedStory>;
  authors: ReadonlyMap<string, Author>;
  now: Date;
}

/** `/politics/vote` and `/politics/vote/index.html` are the page `/politics/vote/`, as static hosts serve them. */
function pagePath(pathname: string): string {
  const path = pathname.replace(/\/index\.html$/, '/');
  return path.endsWith('/') || /\.[a-z0-9]+$/i.test(path) ? path : `${path}/`;
}

/**
 * Links to this site's own pages (`/2013/11/06/some-story/`, or the full address on the site's
 * domain), checked against every page the build makes. A story goes live at its publication time, so
 * it is checked against the site as it will be then; a draft may link anywhere until it is published.
 */
export function internalLinkProblems(ctx: InternalLinkContext): Problem[] {
  const own = new URL(ctx.site.url).origin;
  const stories = [...ctx.byId.values()].filter((s) => !s.data.draft);
  const sites = new Map<number, SitePages>();
  const siteAt = (time: number) => {
    const known = sites.get(time);
    if (known) return known;
    const live = stories.filter((s) => s.data.published.getTime() <= time);
    return sites.set(time, sitePages(ctx.root, ctx.site, live, ctx.authors)).get(time)!;
  };
  // An archive repeats its broken links: each address's nearest page is looked for once.
  const nearestOf = new Map<string, string | undefined>();
  const out: Problem[] = [];
  ctx.files.forEach((source, i) => {
    const { article, facts } = ctx.checked[i]!;
    const links = facts?.markup?.siteLinks ?? [];
    if (!links.length || article?.data.draft) return;
    const page = article ? storyUrl(article.data.section, source.name) : '/';
    const base = absoluteUrl(ctx.site.url, page);
    const time = Math.max(ctx.now.getTime(), article?.data.published.getTime() ?? 0);
    for (const link of links) {
      const url = parseLinkUrl(link.url, base);
      if (!url || url.origin !== own) continue;
      const pages = siteAt(time);
      const path = pagePath(url.pathname);
      if (pages.has(path) || path === page) continue;
      if (!nearestOf.has(path)) nearestOf.set(path, nearestPage(path, pages.all));
      const nearest = nearestOf.get(path);
      out.push(problem('BrokenInternalLink', { file: source.file, line: link.line }, { url: link.url, nearest }));
    }
  });
  return out;
}

/** The last folder of an address (a story's id): it counts most in the hint. */
const lastFolder = (p: string) => p.split('/').filter(Boolean).pop() ?? '';
/** Each page list's last folders, split once: an archive's check asks for thousands of hints. */
const lastFolders = new WeakMap<readonly string[], string[]>();

/**
 * The page whose address is fewest edits away, for the hint. An archive has tens of thousands of
 * pages, so a page is skipped as soon as a cheap lower bound (length differences) or its last folder
 * alone already costs more than the best so far: the full comparison runs for a handful.
 */
function nearestPage(path: string, pages: readonly string[]): string | undefined {
  const lasts = lastFolders.get(pages) ?? lastFolders.set(pages, pages.map(lastFolder)).get(pages)!;
  let best: string | undefined;
  let bestCost = Infinity;
  const mine = lastFolder(path);
  pages.forEach((p, i) => {
    const theirs = lasts[i]!;
    const lengths = Math.abs(path.length - p.length);
    if (2 * Math.abs(mine.length - theirs.length) + lengths >= bestCost) return;
    // Only a cost below the best so far matters: the distances stop counting past it.
    const lastCost = 2 * editDistance(mine, theirs, (bestCost - lengths) / 2);
    if (lastCost + lengths >= bestCost) return;
    const cost = lastCost + editDistance(path, p, bestCost - lastCost);
    if (cost < bestCost) [best, bestCost] = [p, cost];
  });
  return best;
}
