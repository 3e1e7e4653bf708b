import { describe, expect, inject, it } from 'vitest';
import { checkContent, isLive } from '../../src/check/index.ts';
import { generatedPaths } from '../../src/check/generated-paths.ts';
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
    // `_redirects` and `_redirects.nginx` are read by the host, never linked from a story.
    const built = new Set(
      siteFiles(dist)
        .map(urlPath)
        .filter((p) => p !== '/_redirects' && p !== '/_redirects.nginx'),
    );
    expect([...built].filter((p) => !pages.has(p))).toEqual([]);
    expect(pages.all.filter((p) => !built.has(p))).toEqual([]);
  });

  it('knows every file the sample build wrote besides pages, and every folder it filled', () => {
    const built = siteFiles(inject('sampleDist')).map(urlPath);
    const { files, folders } = generatedPaths(PROJECT_ROOT, site);
    // A page is a folder's index.html, listed by its folder; the front page's and the rest are files.
    const asFile = (p: string) => (p.endsWith('/') ? `${p}index.html` : p);
    const loose = built.filter((p) => (p === '/' || !p.endsWith('/')) && !folders.some((f) => p.startsWith(f)));
    expect(loose.map(asFile).filter((p) => !files.includes(p))).toEqual([]);
    expect(files.filter((f) => !built.map(asFile).includes(f))).toEqual([]);
    const topFolders = new Set(built.filter((p) => p.indexOf('/', 1) > 0).map((p) => p.slice(0, p.indexOf('/', 1) + 1)));
    const sections = new Set(site.sections.map((s) => `/${s.id}/`));
    expect([...topFolders].filter((f) => !sections.has(f) && !folders.includes(f))).toEqual([]);
  });
});
