import { getRedirects, redirectsFile } from '../site/redirects.ts';

// Astro skips page files whose names start with `_`, so `_redirects` is made through a parameter.
export function getStaticPaths() {
  return [{ params: { redirects: '_redirects' } }];
}

export async function GET() {
  return new Response(redirectsFile(await getRedirects()), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
}
