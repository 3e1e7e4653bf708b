import { readOldAddress, type OldAddress } from '../model/old-address.ts';
import { getStories, type Story } from './stories.ts';

export interface Redirect {
  /** The old address in its canonical form (model/old-address.ts), as `redirectFrom` stores it. */
  from: string;
  /** Its parts: a folder, a file or a query address. */
  address: OldAddress;
  story: Story;
}

/** What a host's rule needs of a redirect: the old address and the story's URL. */
export type RedirectRule = Pick<Redirect, 'address'> & { story: Pick<Story, 'url'> };

/**
 * Every old address named in `redirectFrom`. The checker (src/check/redirects.ts) has refused any
 * that is claimed twice or hides a page; the assertion only keeps a second claim from ever
 * overwriting the first silently.
 */
export async function getRedirects(): Promise<Redirect[]> {
  const seen = new Map<string, Story>();
  for (const story of await getStories())
    for (const from of story.data.redirectFrom) {
      if (seen.has(from)) throw new Error(`redirectFrom "${from}" is claimed twice, which npm run check refuses`);
      seen.set(from, story);
    }
  return [...seen].map(([from, story]) => ({ from, address: readOldAddress(from), story }));
}
