import { oldAddressFile, readOldAddress } from '../model/old-address.ts';
import type { SiteConfig } from '../model/schemas/site.ts';
import { dateArchiveUrl, storyUrl, homeUrl, sectionUrl } from '../model/urls.ts';
import { clashingFile, generatedPaths } from './generated-paths.ts';
import { problem, type Problem } from './problems.ts';
import type { CheckedStory } from './story-file.ts';

/** One old address as the checker weighs it: where it is written, and the file the build writes for it. */
interface Claim {
  from: string;
  key: string;
  /** In lower case; none for a query address, which no file answers. */
  out: string | undefined;
  story: CheckedStory;
  index: number;
}

/**
 * Every old address named in `redirectFrom`, checked against each other and the site's pages: an
 * old address may not be claimed twice or hide a page that exists, or readers would land on the
 * wrong one. Two spellings of one address are one claim (the schema stores one form), and so are
 * two addresses the build writes as one file (`/old/` and `/old/index.html`). Drafts and scheduled
 * stories count too: a build publishes them sooner or later, and the preview at once, so an
 * address they claim is taken.
 */
export function redirectProblems(articles: readonly CheckedStory[], site: SiteConfig, root: string): Problem[] {
  // Keys in lower case: see generated-paths.ts. A page is its folder's index.html.
  const pages = new Map<string, string>([[`${homeUrl()}index.html`, 'the front page']]);
  for (const s of site.sections) pages.set(`${sectionUrl(s.id)}index.html`, `the ${s.name} section`);
  for (const a of articles) pages.set(`${storyUrl(a.data.section, a.source.name)}index.html`.toLowerCase(), a.source.file);
  const { files, folders } = generatedPaths(root, site);
  const claims = articles.flatMap((story) =>
    story.data.redirectFrom.map((from, index): Claim => {
      const out = oldAddressFile(readOldAddress(from))?.toLowerCase();
      return { from, key: from.toLowerCase(), out, story, index };
    }),
  );
  // A file such as /index.php, which another address would need as a folder (/index.php/2019/…).
  const asFiles = new Map(claims.filter((c) => c.out && !c.out.endsWith('/index.html')).map((c) => [c.out!, c]));
  const claimed = new Map<string, Claim>();
  const out: Problem[] = [];
  for (const c of claims) {
    const { from, key, story } = c;
    const where = { file: story.source.file, line: story.lineOf(['redirectFrom', c.index]), field: `redirectFrom.${c.index}` };
    const first = claimed.get(key) ?? (c.out ? claimed.get(c.out) : undefined);
    const page = c.out && pages.get(c.out);
    const file = c.out && clashingFile(c.out, files);
    const under = c.out && fileAbove(c.out, asFiles);
    if (from === storyUrl(story.data.section, story.source.name)) out.push(problem('RedirectIsCurrentAddress', where, { from }));
    else if (page) out.push(problem('RedirectHidesPage', where, { from, page }));
    else if (first) out.push(problem('RedirectClaimedTwice', where, { from, first: first.story.source.file }));
    else if (file) out.push(problem('RedirectOverGeneratedFile', where, { from, file }));
    else if (c.out && reserved(c.out, site, folders)) out.push(problem('RedirectInReservedFolder', where, { from }));
    else if (under)
      out.push(problem('RedirectUnderFileAddress', where, { from, other: under.from, story: under.story.source.file }));
    if (!first) claimed.set(key, c).set(c.out ?? key, c);
  }
  return out;
}

/** The file address that `path` (a file the build writes, in lower case) would need as a folder. */
function fileAbove(path: string, files: ReadonlyMap<string, Claim>): Claim | undefined {
  for (let i = path.indexOf('/', 1); i > 0; i = path.indexOf('/', i + 1)) {
    const above = files.get(path.slice(0, i));
    if (above) return above;
  }
  return undefined;
}

/** Folders Broadsheet writes itself, and listing pages such as `/politics/page/2/`. */
function reserved(path: string, site: SiteConfig, folders: readonly string[]): boolean {
  const [, first = '', second] = path.split('/');
  return (
    folders.some((f) => path.startsWith(f.toLowerCase()) && !outsideDateArchive(f, path)) ||
    (site.sections.some((s) => s.id === first) && second === 'page')
  );
}

/**
 * The date archive writes only `/archive/<year>/<month>/`: an old site that kept its stories under
 * `/archive/` (a common home for a paper's previous system) keeps its other addresses there.
 */
const outsideDateArchive = (folder: string, path: string) =>
  folder === `${dateArchiveUrl()}` && !/^\/archive\/(?:\d{4}(?:\/|$)|(?:index\.html)?$)/.test(path);
