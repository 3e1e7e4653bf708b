import type { APIContext } from 'astro';
import { redirectPage } from '../output/redirect-page.ts';
import { getRedirects, type Redirect } from '../site/redirects.ts';
import site from '../site.config.ts';

/**
 * The page at an old file address such as `/2019/04/02/ferry.html`, written as that exact file (a
 * page route would write `ferry.html/index.html`), so that any static host answers the old request.
 */
export async function getStaticPaths() {
  return (await getRedirects())
    .filter((r) => r.address.kind === 'file')
    .map((redirect) => ({ params: { file: redirect.address.path.slice(1) }, props: { redirect } }));
}

export function GET({ props }: APIContext<{ redirect: Redirect }>) {
  const { story } = props.redirect;
  return new Response(redirectPage({ headline: story.data.headline, url: story.url, site }), {
    headers: { 'content-type': 'text/html; charset=utf-8' },
  });
}
