import { z } from 'astro/zod';

// Path segments that every static host serves as a folder: no spaces, queries, fragments or `..`.
const SITE_PATH = /^(?:\/(?!\.\.?(?:\/|$))[A-Za-z0-9._~-]+)+\/?$/;

/**
 * An address a story used to have on this site, e.g. `/politics/old-id/` after a rename or a move
 * to another section. Written with or without the trailing slash; stored with it.
 */
export const redirectPathSchema = z
  .string({ error: 'write the old address as a path such as /politics/old-id/' })
  .trim()
  .regex(SITE_PATH, { error: 'write the old address as a path on this site such as /politics/old-id/ (no domain, query or #)' })
  .transform((path) => (path.endsWith('/') ? path : `${path}/`));
