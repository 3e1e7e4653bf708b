import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/index.ts';
import site from '../../src/site.config.ts';
import { article, copyFixtureContent } from '../helpers/content-copy.ts';

const NOW = new Date('2026-11-24T12:00:00Z');

/** The fixture content with one story per list of old addresses (`old-0.md`, `old-1.md`…), checked. */
async function claims(...lists: string[][]): Promise<string[]> {
  const { root, write } = copyFixtureContent();
  lists.forEach((froms, i) =>
    write(
      `articles/old-${i}.md`,
      article({ related: '[council-vote]', redirectFrom: `[${froms.map((f) => `"${f}"`).join(', ')}]` }),
    ),
  );
  const { problems } = await checkContent(root, site, 'content', NOW);
  return problems
    .filter((p) => p.severity === 'error')
    .map((p) => `${p.file.replace('content/articles/', '')} ${p.field}: ${p.message}`);
}

describe('old addresses of the shapes imports bring (check/redirects.ts)', () => {
  it('takes files, paths in any script and query addresses that nothing else claims', async () => {
    const froms = ['/2019/04/02/hallam-ferry.html', '/news/story.php', '/index.php/2019/04/hallam/', '/2024/05/café-reopens/'];
    froms.push('/?p=123', '/index.php?p=123', '/?page_id=7', '/city/?p=5', '/politics/council-vote/?p=6');
    expect(await claims(froms)).toEqual([]);
  });

  it('counts two spellings of one address as one claim: escapes, Unicode forms, case', async () => {
    expect(
      await claims(
        ['/2024/05/café-reopens/'],
        ['/2024/05/caf%C3%A9-reopens/'],
        ['/2024/05/cafe\u0301-reopens'],
        ['/2024/05/CAFÉ-Reopens/'],
      ),
    ).toEqual([
      'old-1.md redirectFrom.0: "/2024/05/café-reopens/" is already claimed by content/articles/old-0.md',
      'old-2.md redirectFrom.0: "/2024/05/café-reopens/" is already claimed by content/articles/old-0.md',
      'old-3.md redirectFrom.0: "/2024/05/CAFÉ-Reopens/" is already claimed by content/articles/old-0.md',
    ]);
    expect(await claims(['/?p=123'], ['/?P=123', '/index.php?p=123'])).toEqual([
      'old-1.md redirectFrom.0: "/?P=123" is already claimed by content/articles/old-0.md',
    ]);
  });

  it('counts two addresses the build writes as one file as one claim', async () => {
    expect(await claims(['/old/'], ['/old/index.html', '/Old/Index.HTML'])).toEqual([
      'old-1.md redirectFrom.0: "/old/index.html" is already claimed by content/articles/old-0.md',
      'old-1.md redirectFrom.1: "/Old/Index.HTML" is already claimed by content/articles/old-0.md',
    ]);
  });

  it("refuses a file address over a page, a file the build writes or the site's own folders", async () => {
    expect(
      await claims(['/politics/council-vote/index.html', '/index.html', '/404.html', '/_redirects.nginx/', '/tags/harbour.html']),
    ).toEqual([
      'old-0.md redirectFrom.0: "/politics/council-vote/index.html" is the address of a live page (content/articles/news/council-vote.md)',
      'old-0.md redirectFrom.1: "/index.html" is the address of a live page (the front page)',
      'old-0.md redirectFrom.2: "/404.html" would be written over /404.html, a file the build makes',
      'old-0.md redirectFrom.3: "/_redirects.nginx/" would be written over /_redirects.nginx, a file the build makes',
      'old-0.md redirectFrom.4: "/tags/harbour.html" is inside a folder the site uses for its own pages',
    ]);
  });

  it('keeps an old site that lived under /archive/, outside the date archive the site writes there', async () => {
    expect(
      await claims(['/archive/city/2019/11/05/bonfire/', '/archive/sport/regatta.html', '/archive/2019/11/old/', '/archive/']),
    ).toEqual([
      'old-0.md redirectFrom.2: "/archive/2019/11/old/" is inside a folder the site uses for its own pages',
      'old-0.md redirectFrom.3: "/archive/" is inside a folder the site uses for its own pages',
    ]);
  });

  it('refuses a folder where another old address is a file, whichever story comes first', async () => {
    const expected = (i: number) =>
      `old-${i}.md redirectFrom.0: "/index.php/2019/04/hallam/" needs a folder where the old address "/index.php" (content/articles/old-${1 - i}.md) is a file`;
    expect(await claims(['/index.php'], ['/index.php/2019/04/hallam/'])).toEqual([expected(1)]);
    expect(await claims(['/index.php/2019/04/hallam/'], ['/index.php'])).toEqual([expected(0)]);
    // A query address writes no file: it needs no folder and takes none.
    expect(await claims(['/index.php?p=1'], ['/index.php/2019/04/hallam/'])).toEqual([]);
  });
});
