import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The old addresses of moved stories, from the build's `_redirects` (src/output/redirects-file.ts),
 * as the object each lives at mapped to where it sends readers: `sport/old-id/index.html` →
 * `/sport/new-id/`. The build writes a small page at each old address; the deploy puts it with
 * `x-amz-website-redirect-location`, so a bucket's website endpoint answers with a 301 and any other
 * reader of the object still gets the page that sends them on.
 *
 * Query addresses (`/?p=123`) cannot be an object: they are left to the CDN (docs/deploy.md).
 */
export async function redirectLocations(dist: string): Promise<Map<string, string>> {
  let text: string;
  try {
    text = await readFile(join(dist, '_redirects'), 'utf8');
  } catch {
    return new Map();
  }
  const out = new Map<string, string>();
  for (const line of text.split('\n')) {
    const words = line.trim().split(/\s+/);
    if (words.length !== 3 || words[2] !== '301' || !words[0]!.startsWith('/')) continue;
    const from = safeDecode(words[0]!);
    if (from === undefined) continue;
    const key = from.endsWith('/') ? `${from.slice(1)}index.html` : from.slice(1);
    if (!out.has(key)) out.set(key, words[1]!);
  }
  return out;
}

function safeDecode(path: string): string | undefined {
  try {
    return decodeURIComponent(path);
  } catch {
    return undefined;
  }
}
