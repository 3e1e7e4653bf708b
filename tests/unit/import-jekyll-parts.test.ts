import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { permalinkTemplate, readJekyllConfig } from '../../src/import/static-site/jekyll-config.ts';
import { jekyllFiles } from '../../src/import/static-site/jekyll-files.ts';
import { jekyllLink } from '../../src/import/static-site/jekyll-links.ts';
import { jekyllPermalink } from '../../src/import/static-site/jekyll-permalink.ts';
import { withoutKramdownAttributes } from '../../src/import/static-site/kramdown.ts';
import { convertLiquid, type LiquidContext } from '../../src/import/static-site/liquid.ts';
import { readSourceDate, type SourceDate } from '../../src/import/static-site/source-date.ts';

const context: LiquidContext = {
  site: {
    url: 'https://gazette.example',
    baseurl: '/blog',
    settings: { title: 'The Gazette', twitter: { username: 'gazette' } },
  },
  postUrl: (name) => (name === '2020-01-02-known' ? '/blog/2020/01/02/known/' : undefined),
  link: () => undefined,
};
const liquid = (body: string) => convertLiquid(body, context);

describe('Liquid', () => {
  it('fills in site settings, string literals and the address filters', () => {
    expect(liquid('{{ site.title }} @{{site.twitter.username}} {{ site.url }}{{ site.baseurl }}/').body).toBe(
      'The Gazette @gazette https://gazette.example/blog/',
    );
    expect(liquid(`{{ "/a.jpg" | relative_url }} {{ 'b/' | absolute_url }} {{ "/c" | prepend: site.baseurl }}`).body).toBe(
      '/blog/a.jpg https://gazette.example/blog/b/ /blog/c',
    );
  });

  it('leaves page variables, loops and unknown filters as written, named once each', () => {
    const { body, notes } = liquid(
      '{%- for p in site.posts -%}{{ p.title | upcase }}{% endfor %} {{ page.title }} {{ site.title | upcase }}',
    );
    expect(body).toBe('{%- for p in site.posts -%}{{ p.title | upcase }}{% endfor %} {{ page.title }} {{ site.title | upcase }}');
    expect(notes.map((n) => n.detail)).toEqual([
      'Liquid {% for %} left as written',
      'Liquid {{ p.title }} left as written',
      'Liquid {{ page.title }} left as written',
      'Liquid {{ site.title }} left as written',
    ]);
  });

  it('drops comments, unwraps raw, and keeps a block that never ends as written', () => {
    expect(liquid('a{% comment %} hidden {{ x }} {% endcomment %}b').body).toBe('ab');
    expect(liquid('{% raw %}{% post_url x %}{% endraw %}').body).toBe('{% post_url x %}');
    const open = liquid('{% raw %}never closed');
    expect(open.body).toBe('{% raw %}never closed');
    expect(open.notes[0]?.kind).toBe('unknown-liquid');
  });

  it('writes highlight blocks as fences longer than any backtick run in them', () => {
    expect(liquid('Text\n{% highlight markdown linenos %}\n```js\nx\n```\n{% endhighlight %}\nMore').body).toBe(
      'Text\n\n````markdown\n```js\nx\n```\n````\n\nMore',
    );
  });

  it('turns plugins’ embed tags into links, with a note', () => {
    const { body, notes } = liquid(
      '{% gist parkr/931c1c8d465a %}\n\n{% youtube hQ3xK9wTq2M %}\n\n{% twitter https://twitter.com/gazette/status/12 %}',
    );
    expect(body).toBe(
      '[See the code on GitHub](https://gist.github.com/parkr/931c1c8d465a)\n\n' +
        'Embed: <https://www.youtube.com/watch?v=hQ3xK9wTq2M>\n\n' +
        'Embed: <https://twitter.com/gazette/status/12>',
    );
    expect(notes.map((n) => n.kind)).toEqual(['embed', 'embed', 'embed']);
  });

  it('gives post_url its address with the base path once, and the name as written when no post has it', () => {
    expect(liquid('[a]({% post_url 2020-01-02-known %}) [b]({{ site.baseurl }}{% post_url 2020-01-02-known %})').body).toBe(
      '[a](/blog/2020/01/02/known/) [b](/blog/2020/01/02/known/)',
    );
    const missing = liquid('[c]({% post_url 2020-01-03-gone %})');
    expect(missing.body).toBe('[c](2020-01-03-gone)');
    expect(missing.notes.map((n) => n.kind)).toEqual(['unresolved-link']);
  });
});

describe('kramdown attribute lists', () => {
  it('removes attribute lines and trailing ones, never inside code', () => {
    const body =
      '# Title {#top}\n\nLead text.\n{: .lead}\n\n```\n{: .kept}\n```\n\nText {: .note}\n{::options parse_block_html="true" /}\n';
    const { body: out, notes } = withoutKramdownAttributes(body);
    expect(out).toBe('# Title\n\nLead text.\n\n```\n{: .kept}\n```\n\nText\n');
    expect(notes).toEqual([{ kind: 'kramdown-attribute', detail: expect.stringMatching(/^4 kramdown attribute lists/) }]);
    expect(withoutKramdownAttributes('Plain {braces} stay.').notes).toEqual([]);
  });
});

describe('permalinks', () => {
  const date = readSourceDate('2024-05-18 15:20:00 +0100', 'UTC') as SourceDate;
  const parts = { slug: 'Wend_Regatta.2024', categories: ['Sport', 'rowing'], date, outputExt: '.html' };
  const link = (style: string) => jekyllPermalink(permalinkTemplate(style), parts, '');

  it.each([
    ['date', '/sport/rowing/2024/05/18/Wend_Regatta.2024.html'],
    ['pretty', '/sport/rowing/2024/05/18/Wend_Regatta.2024/'],
    ['ordinal', '/sport/rowing/2024/139/Wend_Regatta.2024.html'],
    ['weekdate', '/sport/rowing/2024/W20/Sat/Wend_Regatta.2024.html'],
    ['none', '/sport/rowing/Wend_Regatta.2024.html'],
    ['/:year/:i_month/:i_day/:slug:output_ext', '/2024/5/18/wend-regatta-2024.html'],
    ['/:short_year/:short_month/:long_month/:hour:minute/:title/', '/24/May/May/1520/Wend_Regatta.2024/'],
  ])('fills in %j', (style, expected) => expect(link(style)).toBe(expected));

  it('needs a date for a dated template, and puts the base path in front', () => {
    expect(jekyllPermalink('/:year/:title/', { ...parts, date: undefined }, '')).toBeUndefined();
    expect(jekyllPermalink('/:categories/:title/', { ...parts, categories: [] }, '/blog')).toBe('/blog/Wend_Regatta.2024/');
  });
});

describe('a Jekyll site folder', () => {
  const site = mkdtempSync(join(tmpdir(), 'jekyll-site-'));
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(site, path)), { recursive: true });
    writeFileSync(join(site, path), text);
  };
  write(
    '_config.yml',
    'baseurl: /b\npermalink: pretty\ncollections:\n  docs:\n    permalink: /:collection/:path/\n  posts:\n    permalink: /news/:year/:title/\n',
  );
  write('_docs/guides/setup.md', '---\ntitle: Setup\n---\n');
  write('pages/about.md', '---\ntitle: About\n---\n');
  write('pages/team.md', '---\npermalink: /people/\n---\n');
  write('_posts/notes.md', 'A file without a date is not a post.');
  write('_posts/2019/2019-04-02-quay.md', '---\ntitle: Quay\n---\n');
  write('_site/_posts/2019-04-02-copy.md', 'The built site is never read.');

  it('reads collections and the posts permalink', () => {
    const config = readJekyllConfig(site);
    expect(config).toMatchObject({ baseurl: '/b', postPermalink: '/news/:year/:title/', pretty: true });
    expect(jekyllLink(site, config, '_docs/guides/setup.md')).toBe('/b/docs/guides/setup/');
    expect(jekyllLink(site, config, 'pages/about.md')).toBe('/b/pages/about/');
    expect(jekyllLink(site, config, 'pages/team.md')).toBe('/b/people/');
    expect(jekyllLink(site, config, 'missing.md')).toBeUndefined();
    expect(jekyllLink(site, config, '../../etc/hosts')).toBeUndefined();
  });

  it('finds dated posts in `_posts/` and its sub-folders only', () => {
    expect([...jekyllFiles(site)].map((f) => [f.path, f.postName])).toEqual([
      ['_posts/2019/2019-04-02-quay.md', '2019/2019-04-02-quay'],
    ]);
  });
});
