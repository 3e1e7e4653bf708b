import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import type { Story } from '../../src/site/stories.ts';
import { paginate } from '../../src/site/pagination.ts';
import { newsSitemapStories, newsSitemapXml } from '../../src/output/sitemap-xml.ts';
import { absolutizeHtml, cdataSafe, escapeXml, xmlSafe } from '../../src/model/escape.ts';
import { storyFrontmatterSchema } from '../../src/model/schemas/story-frontmatter.ts';
import { parseXml } from '../helpers/xml.ts';

const schema = storyFrontmatterSchema({ image: z.string(), timezone: 'Europe/London', sections: ['politics', 'city'] });
const valid = { headline: 'Bridge vote', section: 'politics', authors: ['mara-okafor'], published: '2026-11-23 08:15' };
const issues = (input: object) => {
  const r = schema.safeParse({ ...valid, ...input });
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('corrections and redirects in the article schema', () => {
  it('reads dated corrections in the site zone', () => {
    const a = schema.parse({ ...valid, corrections: [{ date: '2026-11-24 10:05', text: 'The vote was 31 to 12.' }] });
    expect(a.corrections).toEqual([{ date: new Date('2026-11-24T10:05:00Z'), text: 'The vote was 31 to 12.' }]);
  });

  it('rejects a correction without text or dated before publication', () => {
    expect(issues({ corrections: [{ date: '2026-11-24 10:05' }] })).toEqual(['corrections.0.text: say what was corrected']);
    expect(issues({ corrections: [{ date: '2026-11-20 10:05', text: 'x' }] })).toEqual([
      'corrections.0.date: the correction is dated before `published`',
    ]);
  });

  it('keeps old addresses as site paths with a trailing slash', () => {
    expect(schema.parse({ ...valid, redirectFrom: ['/politics/old-id', '/news/2019/bridge/'] }).redirectFrom).toEqual([
      '/politics/old-id/',
      '/news/2019/bridge/',
    ]);
    for (const bad of ['politics/x/', 'https://courier.example.org/x/', '/a b/', '/x/?q=1&r=2', '/../etc/', '/'])
      expect(issues({ redirectFrom: [bad] }), bad).toHaveLength(1);
  });
});

describe('pagination', () => {
  it('links every page with plain addresses, the first page keeping the bare one', () => {
    const pages = paginate(
      Array.from({ length: 25 }, (_, i) => i),
      '/city/',
      10,
    );
    expect(pages.map((p) => [p.url, p.items.length])).toEqual([
      ['/city/', 10],
      ['/city/page/2/', 10],
      ['/city/page/3/', 5],
    ]);
    expect(pages[1]).toMatchObject({ prev: { url: '/city/' }, next: { url: '/city/page/3/' } });
    expect(pages[0]?.prev).toBeUndefined();
    expect(pages[2]?.next).toBeUndefined();
  });

  it('shows first, last and nearby pages of a long listing, with gaps', () => {
    const page = paginate(
      Array.from({ length: 200 }, (_, i) => i),
      '/x/',
      10,
    )[9]!;
    expect(page.links.map((l) => l?.number)).toEqual([1, undefined, 8, 9, 10, 11, 12, undefined, 20]);
  });

  it('gives an empty listing one page', () => {
    expect(paginate([], '/tags/x/')).toHaveLength(1);
  });
});

describe('XML and feed text', () => {
  it('escapes and drops what XML cannot hold', () => {
    expect(escapeXml(`a & <b> "c" 'd'\u0007`)).toBe('a &amp; &lt;b&gt; &quot;c&quot; &apos;d&apos;');
    expect(xmlSafe('ok 🎉 \uD800 end')).toBe('ok 🎉  end');
    expect(cdataSafe('<p>a]]>b]]>c</p>')).toBe('<p>a]]&gt;b]]&gt;c</p>');
  });

  it('makes site-relative links and image sets absolute', () => {
    const html =
      '<a href="/city/x/">x</a><a href="https://o.org/">o</a><img src="/_media/a.jpg" srcset="/_media/a-480.jpg 480w, /_media/a-800.jpg 800w">';
    expect(absolutizeHtml(html, 'https://courier.example.org')).toBe(
      '<a href="https://courier.example.org/city/x/">x</a><a href="https://o.org/">o</a>' +
        '<img src="https://courier.example.org/_media/a.jpg" srcset="https://courier.example.org/_media/a-480.jpg 480w, https://courier.example.org/_media/a-800.jpg 800w">',
    );
  });
});

describe('the Google News sitemap', () => {
  const now = new Date('2026-11-24T12:00:00Z');
  const story = (id: string, published: string, headline = id) =>
    ({ id, url: `/city/${id}/`, data: { published: new Date(published), headline } }) as unknown as Story;

  it('keeps only stories first published in the 48 hours before the build, newest first', () => {
    const stories = [
      story('three-days-ago', '2026-11-21T12:00:00Z'),
      story('today', '2026-11-24T08:00:00Z'),
      story('edge', '2026-11-22T12:00:01Z'),
      story('later', '2026-11-24T12:00:01Z'),
    ];
    expect(newsSitemapStories(stories, now).map((s) => s.id)).toEqual(['today', 'edge']);
  });

  it('lists at most 1,000 stories', () => {
    const many = Array.from({ length: 1200 }, (_, i) => story(`s${i}`, new Date(now.getTime() - i * 60_000).toISOString()));
    expect(newsSitemapStories(many, now)).toHaveLength(1000);
  });

  it('writes valid XML whatever the headline holds', () => {
    const xml = newsSitemapXml([story('odd', '2026-11-24T08:00:00Z', 'Fish & chips <b> "quoted" ]]> 🎉')]);
    const url = parseXml(xml, 'news sitemap').urlset.url;
    expect(url['news:news']['news:title']).toBe('Fish & chips <b> "quoted" ]]> 🎉');
    expect(url['news:news']['news:publication']).toEqual({ 'news:name': 'The Hallam Courier', 'news:language': 'en' });
  });
});
