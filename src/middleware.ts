import { defineMiddleware } from 'astro:middleware';
import { beginPage } from './lib/images/page-media.ts';
import { beforeRender } from './lib/reuse-pages.ts';

/**
 * Tells the photo pipeline which page is rendering, so it knows which photos each page shows, and
 * unlinks the page's reused file before it is written again (reuse-pages.ts).
 */
export const onRequest = defineMiddleware((context, next) => {
  beginPage(context.url.pathname);
  beforeRender(context.url.pathname);
  return next();
});
