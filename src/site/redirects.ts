import site from '../site.config.ts';
import { getStories, type Story } from './stories.ts';
import { RESERVED_SEGMENTS, sectionUrl } from '../model/urls.ts';

export interface Redirect {
  /** The old site path, with its trailing slash. */
  from: string;
  story: Story;
}

/**
 * Every old address named in `redirectFrom`, checked against each other and the live site: an old
 * address may not be claimed twice or hide a page that exists, or readers would land on the wrong one.
 */
export async function getRedirects(): Promise<Redirect[]> {
  const stories = await getStories();
  const live = new Set([...stories.map((s) => s.url), ...site.sections.map((s) => sectionUrl(s.id)), '/']);
  const seen = new Map<string, Story>();
  const problems: string[] = [];
  for (const story of stories) {
    for (const from of story.data.redirectFrom) {
      const where = `${story.entry.filePath ?? story.id}: redirectFrom "${from}"`;
      const first = seen.get(from);
      if (from === story.url) problems.push(`${where} is the story's current address: remove it`);
      else if (live.has(from)) problems.push(`${where} is the address of a live page: remove it or rename that page`);
      else if (first) problems.push(`${where} is already claimed by ${first.entry.filePath ?? first.id}`);
      else if (reserved(from)) problems.push(`${where} is inside a folder the site uses for its own pages`);
      seen.set(from, first ?? story);
    }
  }
  if (problems.length) throw new Error(`Redirects that cannot work:\n  ${problems.join('\n  ')}`);
  return [...seen].map(([from, story]) => ({ from, story }));
}

/** Folders Broadsheet writes itself, and listing pages such as `/politics/page/2/`. */
function reserved(path: string): boolean {
  const [, first = '', second] = path.split('/');
  return RESERVED_SEGMENTS.includes(first) || (site.sections.some((s) => s.id === first) && second === 'page');
}

/** `_redirects` for hosts that read one (Netlify, Cloudflare Pages): permanent, path to path. */
export function redirectsFile(redirects: readonly Redirect[]): string {
  return redirects.map((r) => `${r.from} ${r.story.url} 301\n`).join('');
}
