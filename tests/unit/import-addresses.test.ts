import { describe, expect, it } from 'vitest';
import { LinkIndex } from '../../src/import/run/link-index.ts';
import { redirectPaths } from '../../src/import/run/redirect-paths.ts';
import { key, SiteAddress } from '../../src/import/run/site-address.ts';
import type { SourcePost } from '../../src/import/source.ts';

const site = new SiteAddress('https://hallam-courier.example', ['http://www.hallam-courier.example']);

const post = (oldUrls: string[]): SourcePost => ({
  origin: 'post 1',
  key: '1',
  slug: 'ferry',
  title: 'Ferry',
  body: { format: 'markdown', text: '' },
  status: 'published',
  authors: [],
  categories: [],
  tags: [],
  oldUrls,
  notes: [],
});

describe('old addresses', () => {
  it('reads addresses on any of the old hosts, and root-relative ones, as site paths', () => {
    expect(site.path('https://hallam-courier.example/2024/05/ferry/')).toBe('/2024/05/ferry/');
    expect(site.path('http://www.hallam-courier.example/?p=12#top')).toBe('/?p=12');
    expect(site.path('/2024/05/ferry/#comments')).toBe('/2024/05/ferry/');
    expect(site.path('https://elsewhere.example/2024/05/ferry/')).toBeUndefined();
    expect(site.path('mailto:desk@hallam-courier.example')).toBeUndefined();
  });

  it('compares paths in one form: decoded, lower case, without the trailing slash or index file', () => {
    expect(key('/2024/05/Caf%C3%A9-Reopens/')).toBe(key('/2024/05/café-reopens'));
    expect(key('/news/index.html')).toBe(key('/news/'));
    expect(key('/?p=12')).not.toBe(key('/?p=13'));
    expect(key('/?b=2&a=1')).toBe(key('/?a=1&b=2'));
  });
});

describe('the link index', () => {
  const index = new LinkIndex(site);
  index.addStory({ id: 'ferry', url: '/city/ferry/', linkable: true }, [
    'https://hallam-courier.example/2024/05/ferry/',
    '/?p=12',
  ]);
  index.addCategory('city-news', 'city');
  index.addTag('harbour');

  it('points links at the new story, listing or old-site page', () => {
    expect(index.link('https://hallam-courier.example/2024/05/ferry/#vote')).toEqual({ url: '/city/ferry/#vote' });
    expect(index.link('/?p=12')).toEqual({ url: '/city/ferry/' });
    expect(index.link('/category/city-news/')).toEqual({ url: '/city/' });
    expect(index.link('/tag/harbour/')).toEqual({ url: '/tags/harbour/' });
    expect(index.link('/about-us/')).toEqual({ url: 'https://hallam-courier.example/about-us/', kept: true });
    expect(index.link('https://elsewhere.example/')).toBeUndefined();
    expect(index.story('http://www.hallam-courier.example/2024/05/ferry')?.id).toBe('ferry');
  });

  it('gives an old address to the first story that claims it', () => {
    expect(index.addStory({ id: 'other', url: '/city/other/', linkable: true }, ['/?p=12', '/2024/05/other/'])).toEqual([
      '/?p=12',
    ]);
  });
});

describe('redirectFrom', () => {
  const index = new LinkIndex(site);
  const planned = {
    id: 'ferry',
    section: 'city',
    url: '/city/ferry/',
    file: 'x',
    published: undefined,
    contested: ['/?p=9'],
    formerUrls: ['/politics/ferry/'],
  };

  it('keeps each old path once, never the new address, a claimed one or a search', () => {
    const notes: SourcePost['notes'] = [];
    const paths = redirectPaths(
      post([
        'https://hallam-courier.example/2024/05/ferry/',
        '/2024/05/ferry',
        '/?p=12',
        '/?p=9',
        '/city/ferry/',
        '/?s=ferry&cat=2',
        'https://elsewhere.example/x/',
      ]),
      planned,
      index,
      notes,
    );
    expect(paths).toEqual(['/2024/05/ferry/', '/?p=12', '/politics/ferry/']);
    expect(notes.map((n) => n.kind)).toEqual(['address-not-kept']);
  });
});
