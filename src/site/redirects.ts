import { getStories, type Story } from './stories.ts';

export interface Redirect {
  /** The old site path, with its trailing slash. */
  from: string;
  story: Story;
}

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
  return [...seen].map(([from, story]) => ({ from, story }));
}

/** `_redirects` for hosts that read one (Netlify, Cloudflare Pages): permanent, path to path. */
export function redirectsFile(redirects: readonly Redirect[]): string {
  return redirects.map((r) => `${r.from} ${r.story.url} 301\n`).join('');
}
