import { defineMiddleware } from 'astro:middleware';
import { renderingPage } from './photos/page-photos.ts';
import { beforeRender } from './incremental/reuse-pages.ts';

/**
 * Renders each page as itself for the photo pipeline, so it knows which photos each page shows
 * (page-photos.ts), after unlinking the page's reused file before it is written again (reuse-pages.ts).
 */
export const onRequest = defineMiddleware((context, next) =>
  renderingPage(context.url.pathname, () => {
    beforeRender(context.url.pathname);
    return next();
  }),
);
