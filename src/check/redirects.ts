import type { SiteConfig } from '../model/schemas/site.ts';
import { storyUrl, homeUrl, sectionUrl } from '../model/urls.ts';
import { clashingFile, generatedPaths } from './generated-paths.ts';
import { problem, type Problem } from './problems.ts';
import type { CheckedStory } from './story-file.ts';

/**
 * Every old address named in `redirectFrom`, checked against each other and the site's pages: an
 * old address may not be claimed twice or hide a page that exists, or readers would land on the
 * wrong one. Drafts and scheduled stories count too: a build publishes them sooner or later, and
 * the preview at once, so an address they claim is taken.
 */
export function redirectProblems(articles: readonly CheckedStory[], site: SiteConfig, root: string): Problem[] {
  // Keys in lower case: see generated-paths.ts.
  const pages = new Map<string, string>([[homeUrl(), 'the front page']]);
  for (const s of site.sections) pages.set(sectionUrl(s.id), `the ${s.name} section`);
  for (const a of articles) pages.set(storyUrl(a.data.section, a.source.name).toLowerCase(), a.source.file);
  const { files, folders } = generatedPaths(root, site);
  const claimed = new Map<string, string>();
  const out: Problem[] = [];
  for (const a of articles) {
    const own = storyUrl(a.data.section, a.source.name);
    a.data.redirectFrom.forEach((from, i) => {
      const where = { file: a.source.file, line: a.lineOf(['redirectFrom', i]), field: `redirectFrom.${i}` };
      const key = from.toLowerCase();
      const first = claimed.get(key);
      const page = pages.get(key);
      const file = clashingFile(from, files);
      if (from === own) out.push(problem('RedirectIsCurrentAddress', where, { from }));
      else if (page) out.push(problem('RedirectHidesPage', where, { from, page }));
      else if (first) out.push(problem('RedirectClaimedTwice', where, { from, first }));
      else if (file) out.push(problem('RedirectOverGeneratedFile', where, { from, file }));
      else if (reserved(key, site, folders)) out.push(problem('RedirectInReservedFolder', where, { from }));
      if (!first) claimed.set(key, a.source.file);
    });
  }
  return out;
}

/** Folders Broadsheet writes itself, and listing pages such as `/politics/page/2/`. */
function reserved(path: string, site: SiteConfig, folders: readonly string[]): boolean {
  const [, first = '', second] = path.split('/');
  return (
    folders.some((f) => path.startsWith(f.toLowerCase())) || (site.sections.some((s) => s.id === first) && second === 'page')
  );
}
