import { defineMiddleware } from 'astro:middleware';
import { renderingPage } from './photos/page-photos.ts';
import { beforeRender } from './incremental/reuse-pages.ts';
import { previewErrorPage } from './load/preview-error-page.ts';
import { previewFailure } from './load/preview-problems.ts';

/**
 * Renders each page as itself for the photo pipeline, so it knows which photos each page shows
 * (page-photos.ts), after unlinking the page's reused file before it is written again (reuse-pages.ts).
 */
export const onRequest = defineMiddleware((context, next) => {
  // `npm run dev` only: while the content has errors, every page says so (src/load/preview-problems.ts).
  const failure = import.meta.env.DEV ? previewFailure() : undefined;
  if (failure && isPage(context.url.pathname)) {
    const headers = { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' };
    return new Response(previewErrorPage(failure), { status: 500, headers });
  }
  return renderingPage(context.url.pathname, () => {
    beforeRender(context.url.pathname);
    return next();
  });
});

/** A page rather than a file the pages load (the theme's CSS, a feed): its last part has no extension. */
const isPage = (path: string) => !/\.[a-z0-9]+$/i.test(path) || path.endsWith('.html');
