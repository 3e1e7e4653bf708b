import type { SiteConfig } from '../model/schemas/site.ts';
import { storyUrl, homeUrl, RESERVED_SEGMENTS, sectionUrl } from '../model/urls.ts';
import { problem, type Problem } from './problems.ts';
import type { CheckedStory } from './story-file.ts';

/**
 * Every old address named in `redirectFrom`, checked against each other and the site's pages: an
 * old address may not be claimed twice or hide a page that exists, or readers would land on the
 * wrong one. Drafts and scheduled stories count too: a build publishes them sooner or later, and
 * the preview at once, so an address they claim is taken.
 */
export function redirectProblems(articles: readonly CheckedStory[], site: SiteConfig): Problem[] {
  const pages = new Map<string, string>([[homeUrl(), 'the front page']]);
  for (const s of site.sections) pages.set(sectionUrl(s.id), `the ${s.name} section`);
  for (const a of articles) pages.set(storyUrl(a.data.section, a.source.name), a.source.file);
  const claimed = new Map<string, string>();
  const out: Problem[] = [];
  for (const a of articles) {
    const own = storyUrl(a.data.section, a.source.name);
    a.data.redirectFrom.forEach((from, i) => {
      const where = { file: a.source.file, line: a.lineOf(['redirectFrom', i]), field: `redirectFrom.${i}` };
      const first = claimed.get(from);
      const page = pages.get(from);
      if (from === own) out.push(problem('RedirectIsCurrentAddress', where, { from }));
      else if (page) out.push(problem('RedirectHidesPage', where, { from, page }));
      else if (first) out.push(problem('RedirectClaimedTwice', where, { from, first }));
      else if (reserved(from, site)) out.push(problem('RedirectInReservedFolder', where, { from }));
      if (!first) claimed.set(from, a.source.file);
    });
  }
  return out;
}

/** Folders Broadsheet writes itself, and listing pages such as `/politics/page/2/`. */
function reserved(path: string, site: SiteConfig): boolean {
  const [, first = '', second] = path.split('/');
  return RESERVED_SEGMENTS.includes(first) || (site.sections.some((s) => s.id === first) && second === 'page');
}
