import type { SourcePost } from '../source.ts';
import type { LinkIndex } from './link-index.ts';
import type { PlannedStory } from './plan-stories.ts';
import { key } from './site-address.ts';

/**
 * A post's old addresses as `redirectFrom` paths: on the old site's hosts only, each once, never the
 * story's own new address, never one an earlier post claimed, and at most one query parameter (the
 * `?p=123` short links WordPress prints; a query of several parameters is a search, not a page).
 */
export function redirectPaths(post: SourcePost, planned: PlannedStory, index: LinkIndex): string[] {
  const seen = new Set([key(planned.url)]);
  const contested = new Set(planned.contested.map(key));
  const out: string[] = [];
  for (const address of [...post.oldUrls, ...(planned.movedFrom ? [planned.movedFrom] : [])]) {
    const path = index.site.path(address);
    if (!path || path === '/') continue;
    const k = key(path);
    if (seen.has(k) || contested.has(k)) continue;
    seen.add(k);
    const query = path.split('?')[1];
    if (query !== undefined && new URLSearchParams(query).size !== 1) continue;
    out.push(path);
  }
  return out;
}
