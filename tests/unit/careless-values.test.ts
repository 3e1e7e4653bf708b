import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/index.ts';
import { linkableHref } from '../../src/model/site-path.ts';
import { breadcrumbListLd } from '../../src/output/structured-data.ts';
import site from '../../src/site.config.ts';
import { article, copyFixtureContent } from '../helpers/content-copy.ts';

const NOW = new Date('2026-11-24T12:00:00Z');

async function report(root: string) {
  const { problems } = await checkContent(root, site, 'content', NOW);
  return problems.filter((p) => p.severity === 'error').map((p) => `${p.file}:${p.line} ${p.field}: ${p.message}`);
}

describe('dates later than the build', () => {
  it('refuses an update or a correction that has not happened yet; a scheduled story may give its own time', async () => {
    const { root, write } = copyFixtureContent();
    const fields = { related: '[council-vote]' };
    write('articles/updated.md', article({ ...fields, updated: '2062-11-20 10:00' }));
    write('articles/corrected.md', article({ ...fields, corrections: '\n  - date: 2099-01-01 10:00\n    text: Fixed.' }));
    write('articles/scheduled.md', article({ ...fields, published: '2026-12-01 09:00', updated: '2026-12-01 09:00' }));
    write('articles/an-hour-ago.md', article({ ...fields, updated: '2026-11-24 11:00' }));
    expect((await report(root)).sort()).toEqual([
      'content/articles/corrected.md:9 corrections.0.date: the correction (2099-01-01 10:00) is dated later than now (2026-11-24 12:00)',
      'content/articles/updated.md:8 updated: `updated` (2062-11-20 10:00) is later than now (2026-11-24 12:00)',
    ]);
  });
});

describe('breadcrumb links', () => {
  const crumb = (href: string) => `\n  - label: Home\n    href: ${JSON.stringify(href)}`;

  it('refuses a "page on this site" that a browser reads as another site', async () => {
    const { root, write } = copyFixtureContent();
    const hrefs = { slashes: '//evil.example/x', backslash: '/\\evil.example/x', tab: '/\t/evil.example/x', space: '/ /x' };
    for (const [name, href] of Object.entries(hrefs))
      write(`articles/${name}.md`, article({ related: '[council-vote]', breadcrumbs: crumb(href) }));
    write(
      'articles/fine.md',
      article({ related: '[council-vote]', breadcrumbs: `${crumb('/city/')}${crumb('https://agency.example/')}` }),
    );
    const found = await report(root);
    expect(found).toContain(
      'content/articles/slashes.md:10 breadcrumbs.0.href: "//evil.example/x" is neither a page on this site nor an https:// address',
    );
    expect(found.map((p) => p.split(':')[0]).sort()).toEqual(
      ['backslash.md', 'slashes.md', 'space.md', 'tab.md'].map((f) => `content/articles/${f}`),
    );
  });

  it('are never rendered off the site, even when one slips past the checker', () => {
    const trail = [
      { label: 'Home', href: '//evil.example/x' },
      { label: 'City', href: '/city/' },
    ];
    expect(breadcrumbListLd(trail).itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home' },
      { '@type': 'ListItem', position: 2, name: 'City', item: 'https://courier.example.org/city/' },
    ]);
    for (const href of [
      '//evil.example/x',
      '/\\evil.example/x',
      '/\t/evil.example',
      'javascript:alert(1)',
      'https:/\\evil.example',
    ])
      expect(linkableHref(href), href).toBeUndefined();
    for (const href of ['/city/', '/', '/tags/wend-bridge/?page=2#top', 'https://agency.example/report'])
      expect(linkableHref(href)).toBe(href);
  });
});

describe('old addresses over what the build writes', () => {
  it('refuses a file the build makes, a folder it fills, or a page, whatever the case', async () => {
    const { root, write } = copyFixtureContent();
    const froms = ['/_headers', '/index.html', '/404.html', '/search-ui.js', '/rss.xml', '/robots.txt', '/theme.css'];
    froms.push(
      '/_redirects',
      '/city/rss.xml',
      '/Tags/x',
      '/_Media/a.jpg',
      '/CITY/',
      '/Politics/Council-Vote',
      '/robots.txt/deeper',
    );
    froms.forEach((from, i) => write(`articles/old-${i}.md`, article({ related: '[council-vote]', redirectFrom: `[${from}]` })));
    const found = await report(root);
    expect(found).toHaveLength(froms.length);
    expect(found).toContain(
      'content/articles/old-0.md:8 redirectFrom.0: "/_headers/" would be written over /_headers, a file the build makes',
    );
    expect(found).toContain(
      'content/articles/old-8.md:8 redirectFrom.0: "/city/rss.xml/" would be written over /city/rss.xml, a file the build makes',
    );
    expect(found).toContain(
      'content/articles/old-9.md:8 redirectFrom.0: "/Tags/x/" is inside a folder the site uses for its own pages',
    );
    expect(found).toContain(
      'content/articles/old-11.md:8 redirectFrom.0: "/CITY/" is the address of a live page (the City section)',
    );
  });
});
