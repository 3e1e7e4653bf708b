import { defineMiddleware } from 'astro:middleware';
import { beginPage } from './lib/images/page-media.ts';

/** Tells the photo pipeline which page is rendering, so it knows which photos each page shows. */
export const onRequest = defineMiddleware((context, next) => {
  beginPage(context.url.pathname);
  return next();
});
