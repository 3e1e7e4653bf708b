import type { APIContext } from 'astro';
import { nginxRedirects } from '../output/nginx-redirects.ts';
import { redirectsFile } from '../output/redirects-file.ts';
import { getRedirects } from '../site/redirects.ts';

// Astro skips page files whose names start with `_`, so the hosts' files are made through a parameter:
// `_redirects` for Netlify and Cloudflare Pages, `_redirects.nginx` for an nginx include (docs/deploy.md).
export function getStaticPaths() {
  return [{ params: { redirects: '_redirects' } }, { params: { redirects: '_redirects.nginx' } }];
}

export async function GET({ params }: APIContext) {
  const redirects = await getRedirects();
  const text = params['redirects'] === '_redirects' ? redirectsFile(redirects) : nginxRedirects(redirects);
  return new Response(text, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
}
