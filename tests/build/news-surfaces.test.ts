import { hasPlayableEmbed } from '../helpers/embed-pages.ts';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, page } from '../helpers/build.ts';
import { article, copyFixtureContent } from '../helpers/content-copy.ts';
import { feedsTests } from './news-surfaces/feeds.ts';
import { headMetadataTests } from './news-surfaces/head-metadata.ts';
import { lifecycleTests } from './news-surfaces/lifecycle.ts';
import { listingsTests } from './news-surfaces/listings.ts';
import { builtSite, TRICKY_WRITTEN } from './news-surfaces/site.ts';
import { sitemapsTests } from './news-surfaces/sitemaps.ts';
import { structuredDataTests } from './news-surfaces/structured-data.ts';

// Built at 2026-11-24 12:00 UTC (tests/helpers/build.ts): the fixture has a story from that morning,
// one from three days before, a draft and one scheduled for the next day; one build serves every group.
const { root, write } = copyFixtureContent();
const dist = join(root, 'dist');
const site = builtSite(dist);
const { scriptsIn, htmlFiles } = site;

describe('news surfaces of the fixture site', () => {
  beforeAll(() => {
    // Enough older City stories by the fixture author to need a second page in every listing.
    for (let day = 1; day <= 12; day++) {
      const id = `october-story-${day}`;
      write(
        `articles/news/${id}.md`,
        article({
          headline: `October story ${day}`,
          published: `2026-10-${String(day).padStart(2, '0')} 09:00`,
          tags: '[harbour]',
        }),
      );
    }
    write(
      'articles/news/night-market.md',
      article(
        { headline: `'${TRICKY_WRITTEN.replace(/'/g, "''")}'`, published: '2026-11-23 19:00', section: 'culture' },
        'Stalls opened at dusk ]]> and closed ]]> at ten.\n',
      ),
    );
    const result = build(join(root, 'content'), dist, { BROADSHEET_CACHE_DIR: join(root, 'cache') });
    expect(result.status, result.output).toBe(0);
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  structuredDataTests(site);
  headMetadataTests(site);
  feedsTests(site);
  sitemapsTests(site);
  listingsTests(site);
  lifecycleTests(site);

  // The editor at /admin/ is not a reader's page: tests/build/admin-page.test.ts keeps it apart.
  it('ships JavaScript on the search page and the stories with embeds only, and only as files', () => {
    const readers = htmlFiles().filter((file) => !file.startsWith(join(dist, 'admin')));
    const withScripts = readers.filter(
      (file) => scriptsIn(file).filter((s) => s.getAttribute('type') !== 'application/ld+json').length > 0,
    );
    const withEmbeds = readers.filter((file) => hasPlayableEmbed(page(dist, file.slice(dist.length + 1))));
    // The fixture has no embeds (tests/build/admin-page.test.ts finds the sample paper's).
    expect(withScripts.map((f) => f.slice(dist.length))).toEqual([
      ...withEmbeds.map((f) => f.slice(dist.length)),
      '/search/index.html',
    ]);
    const scripts = [...page(dist, 'search/').querySelectorAll('script')];
    expect(scripts.every((s) => s.getAttribute('src') && !s.textContent?.trim())).toBe(true);
    expect(existsSync(join(dist, 'pagefind', 'pagefind-ui.js'))).toBe(true);
  });
});
