import { normalizeOldAddress } from '../../model/old-address.ts';
import type { SourceNote, SourcePost } from '../source.ts';
import type { LinkIndex } from './link-index.ts';
import type { PlannedStory } from './plan-stories.ts';
import { key } from './site-address.ts';

/**
 * A post's old addresses as `redirectFrom`, in the canonical form the schema stores
 * (`model/old-address.ts`): on the old site's hosts only, each once whatever its spelling, never the
 * story's own new address, never one an earlier post claimed. An address the schema cannot hold
 * (a search with several parameters, say) is left out and noted.
 */
export function redirectPaths(post: SourcePost, planned: PlannedStory, index: LinkIndex, notes: SourceNote[] = []): string[] {
  const seen = new Set([key(planned.url)]);
  const contested = new Set(planned.contested.map(key));
  const out: string[] = [];
  for (const address of [...post.oldUrls, ...planned.formerUrls]) {
    const path = index.site.path(address);
    if (!path || path === '/') continue;
    const k = key(path);
    if (seen.has(k) || contested.has(k)) continue;
    seen.add(k);
    const normal = normalizeOldAddress(path);
    if ('value' in normal) out.push(normal.value);
    else notes.push({ kind: 'address-not-kept', detail: `${address}: ${normal.error}` });
  }
  return out;
}
