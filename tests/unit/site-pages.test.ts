import { describe, expect, inject, it } from 'vitest';
import { checkContent, isLive } from '../../src/check/index.ts';
import { sitePages } from '../../src/check/site-pages.ts';
import site from '../../src/site.config.ts';
import { PROJECT_ROOT } from '../helpers/build.ts';
import { siteFiles, urlPath } from '../helpers/site-files.ts';

/** The sample build's "now" (tests/helpers/build.ts). */
const NOW = new Date('2026-11-24T12:00:00Z');

/**
 * The checker cannot import the pages, so check/site-pages.ts lists the site's addresses again from
 * the same URL functions. This keeps the two in step: every file the sample build wrote is an address
 * the checker knows, and every address it knows was built.
 */
describe("the checker's list of the site's pages", () => {
  it('is exactly what the sample build wrote', async () => {
    const dist = inject('sampleDist');
    const index = await checkContent(PROJECT_ROOT, site, 'content', NOW);
    const pages = sitePages(
      PROJECT_ROOT,
      site,
      index.stories.filter((s) => isLive(s, NOW)),
      index.authors,
    );
    // `_redirects` is read by the host, never linked from a story.
    const built = new Set(
      siteFiles(dist)
        .map(urlPath)
        .filter((p) => p !== '/_redirects'),
    );
    expect([...built].filter((p) => !pages.has(p))).toEqual([]);
    expect(pages.all.filter((p) => !built.has(p))).toEqual([]);
  });
});
