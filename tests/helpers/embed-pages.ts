import { contentSecurityPolicy } from '../../src/output/csp.ts';

/** The origins a built page's embeds frame, once each, in the order its posters appear. */
export const frameOrigins = (doc: Document): string[] => [
  ...new Set(
    [...doc.querySelectorAll('figure.embed[data-embed-frame]')].map((f) => new URL(f.getAttribute('data-embed-frame')!).origin),
  ),
];

/** The `<meta>` policy a reader's page must carry: the site's, plus `frame-src` for its own embeds alone. */
export const pagePolicy = (doc: Document) => contentSecurityPolicy({ frames: frameOrigins(doc) });

/** Whether a page carries a poster that can become a frame: only such pages may ship a script (`/embed.js`). */
export const hasPlayableEmbed = (doc: Document) => frameOrigins(doc).length > 0;
