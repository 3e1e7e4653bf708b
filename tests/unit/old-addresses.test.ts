import { describe, expect, it } from 'vitest';
import { encodedOldAddress, oldAddressFile, oldAddressOfUrl, readOldAddress } from '../../src/model/old-address.ts';
import { redirectPathSchema } from '../../src/model/schemas/redirect-path.ts';
import { nginxRedirects } from '../../src/output/nginx-redirects.ts';
import { redirectsFile } from '../../src/output/redirects-file.ts';
import type { RedirectRule } from '../../src/site/redirects.ts';

const parse = (text: string) => {
  const r = redirectPathSchema.safeParse(text);
  return r.success ? r.data : `refused: ${r.error.issues.map((i) => i.message).join('; ')}`;
};

describe('an old address in redirectFrom (model/old-address.ts)', () => {
  it('keeps a folder with its trailing slash and a file such as .html or .php without', () => {
    expect(parse('/politics/old-id')).toBe('/politics/old-id/');
    expect(parse('/2019/04/02/hallam-ferry.html')).toBe('/2019/04/02/hallam-ferry.html');
    expect(parse('/news/story.php')).toBe('/news/story.php');
    expect(parse('/old/Default.ASPX')).toBe('/old/Default.ASPX');
    expect(parse('/index.php/2019/04/hallam/')).toBe('/index.php/2019/04/hallam/');
    // Not a page extension: a folder, as a static host would serve it.
    expect(parse('/notes/v2.0')).toBe('/notes/v2.0/');
  });

  it('stores a path in any script once: decoded, in NFC, whichever spelling an import copied', () => {
    for (const spelling of [
      '/2024/05/café-reopens/',
      '/2024/05/caf%C3%A9-reopens/',
      '/2024/05/caf%c3%a9-reopens',
      '/2024/05/cafe\u0301-reopens/',
    ])
      expect(parse(spelling), spelling).toBe('/2024/05/caf\u00e9-reopens/');
    expect(parse('/2023/11/k%C3%B8benhavn-pontoon/')).toBe('/2023/11/københavn-pontoon/');
  });

  it('takes a query address with one name=value, such as WordPress short links', () => {
    expect(parse('/?p=123')).toBe('/?p=123');
    expect(parse('/index.php?p=123')).toBe('/index.php?p=123');
    expect(parse('/?page_id=7')).toBe('/?page_id=7');
    // A query is matched as written: no slash is added to its path.
    expect(parse('/blog?p=9')).toBe('/blog?p=9');
  });

  it('refuses what no host can answer, saying why', () => {
    expect(parse('/?p=1&preview=true')).toMatch(/one query parameter, written name=value/);
    expect(parse('/?p')).toMatch(/one query parameter/);
    expect(parse('/%E9t%E9/')).toMatch(/do not spell UTF-8 text/);
    expect(parse('/')).toMatch(/the front page is not an old address/);
    for (const bad of [
      'politics/x/',
      '//evil.example/x',
      '/a b/',
      '/x#top',
      '/../etc/',
      '/a/./b/',
      '/a//b/',
      '/a%2F..%2Fb/',
      '/$x/',
    ])
      expect(parse(bad), bad).toMatch(/^refused: write the old address as a path on this site/);
  });

  it('names the file the build writes for it, and the form a browser sends', () => {
    const cases: [string, string | undefined, string][] = [
      ['/politics/old-id/', '/politics/old-id/index.html', '/politics/old-id/'],
      ['/2019/04/02/hallam-ferry.html', '/2019/04/02/hallam-ferry.html', '/2019/04/02/hallam-ferry.html'],
      ['/2024/05/café-reopens/', '/2024/05/café-reopens/index.html', '/2024/05/caf%C3%A9-reopens/'],
      ['/index.php?p=123', undefined, '/index.php?p=123'],
    ];
    for (const [from, file, sent] of cases) {
      const address = readOldAddress(from);
      expect([oldAddressFile(address), encodedOldAddress(address)], from).toEqual([file, sent]);
    }
  });
});

describe('the old address of a URL an export printed (oldAddressOfUrl, for the importers)', () => {
  const HOSTS = ['hallam.example'];
  const of = (url: string) => {
    const r = oldAddressOfUrl(url, HOSTS);
    return 'value' in r ? r.value : `refused: ${r.error}`;
  };

  it('keeps the path, and the one parameter of a short link, whatever the scheme or www', () => {
    expect(of('https://hallam.example/2019/04/02/hallam-ferry.html')).toBe('/2019/04/02/hallam-ferry.html');
    expect(of('http://www.hallam.example/?p=123')).toBe('/?p=123');
    expect(of('https://HALLAM.example/2024/05/caf%C3%A9-reopens/?utm_source=wire&fbclid=x')).toBe('/2024/05/café-reopens/');
    expect(of('/index.php?page_id=7')).toBe('/index.php?page_id=7');
    expect(of('/news/2019/hallam-ferry')).toBe('/news/2019/hallam-ferry/');
  });

  it('refuses a URL on another site, or with more than one parameter', () => {
    expect(of('https://wire.example/2019/04/ferry/')).toBe('refused: "https://wire.example/2019/04/ferry/" is on another site');
    expect(of('https://hallam.example/?p=123&preview=true')).toMatch(/one query parameter/);
    expect(of('https://hallam.example/')).toMatch(/the front page is not an old address/);
  });
});

const redirect = (from: string, url: string): RedirectRule => ({ address: readOldAddress(from), story: { url } });
const SAMPLE = [
  redirect('/2024/05/café-reopens/', '/business/cafe-reopens/'),
  redirect('/2019/04/02/hallam-ferry.html', '/city/hallam-ferry/'),
  redirect('/?p=123', '/city/hallam-ferry/'),
  redirect('/index.php?p=456', '/business/cafe-reopens/'),
];

describe('the rules the build writes for the hosts', () => {
  it('_redirects: paths percent-encoded as Netlify asks; queries in its four-word form, forced past the front page', () => {
    expect(redirectsFile(SAMPLE)).toBe(
      [
        '/2024/05/caf%C3%A9-reopens/ /business/cafe-reopens/ 301',
        '/2019/04/02/hallam-ferry.html /city/hallam-ferry/ 301',
        '/ p=123 /city/hallam-ferry/ 301!',
        '/index.php p=456 /business/cafe-reopens/ 301!',
        '',
      ].join('\n'),
    );
  });

  it('_redirects.nginx: a map on the decoded path (a folder also without its slash) and one on path and query', () => {
    const text = nginxRedirects(SAMPLE);
    const block = (name: string) => new RegExp(`map [^{]*\\$${name} \\{\\n([^}]*)\\}`).exec(text)?.[1]?.trim().split('\n');
    expect(block('broadsheet_moved_path')?.map((l) => l.trim())).toEqual([
      'default "";',
      '"/2024/05/café-reopens/" "/business/cafe-reopens/";',
      '"/2019/04/02/hallam-ferry.html" "/city/hallam-ferry/";',
      '"/2024/05/café-reopens" "/business/cafe-reopens/";',
    ]);
    expect(block('broadsheet_moved')?.map((l) => l.trim())).toEqual([
      'default $broadsheet_moved_path;',
      '"/?p=123" "/city/hallam-ferry/";',
      '"/index.php?p=456" "/business/cafe-reopens/";',
    ]);
    expect(text).toMatch(/^map \$uri \$broadsheet_moved_path \{$/m);
    expect(text).toMatch(/^map "\$uri\?\$args" \$broadsheet_moved \{$/m);
  });

  it('_redirects.nginx: sizes the hash for the longest address, which nginx refuses to start without', () => {
    const long = `/${'a-very-long-old-permalink-segment/'.repeat(12)}`;
    const bucket = Number(/map_hash_bucket_size (\d+);/.exec(nginxRedirects([redirect(long, '/city/x/')]))?.[1]);
    expect(bucket % 64).toBe(0);
    expect(bucket).toBeGreaterThanOrEqual(Buffer.byteLength(long) + 2 + 16);
  });
});
