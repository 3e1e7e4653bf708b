import { join } from 'node:path';
import { TomlDate } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import type { SourcePost } from '../../src/import/source.ts';
import { readFrontMatter } from '../../src/import/static-site/front-matter.ts';
import { readHugoConfig } from '../../src/import/static-site/hugo-config.ts';
import { hugoPermalink } from '../../src/import/static-site/hugo-permalink.ts';
import { convertShortcodes } from '../../src/import/static-site/hugo-shortcodes.ts';
import { hugoReader } from '../../src/import/static-site/index.ts';
import { readSourceDate } from '../../src/import/static-site/source-date.ts';
import { PROJECT_ROOT } from '../helpers/build.ts';

const SITE = join(PROJECT_ROOT, 'tests/fixtures/import/hugo');
const iso = (value: unknown, zone = 'Europe/London') => {
  const date = readSourceDate(value, zone);
  return typeof date === 'object' ? date.iso : date;
};

describe('dates as Hugo and Jekyll sites write them', () => {
  it.each([
    ['2019-04-02', '2019-04-02T00:00:00+01:00'],
    ['2019-04-02T09:30:00-05:00', '2019-04-02T09:30:00-05:00'],
    ['2019-04-02 09:30:00 -0500', '2019-04-02T09:30:00-05:00'],
    ['2019-04-02T09:30:00Z', '2019-04-02T09:30:00+00:00'],
    ['2019-4-2 9:30', '2019-04-02T09:30:00+01:00'],
    ['2020-04-09 19:00:00 +0000 UTC', '2020-04-09T19:00:00+00:00'],
    ['2001-12-14t21:59:43.10-05:00', '2001-12-14T21:59:43-05:00'],
    // A wall time the clocks skip is read with the offset before the change, as Go and Ruby read it.
    ['2024-03-31 01:30', '2024-03-31T02:30:00+01:00'],
  ])('reads %j', (written, expected) => expect(iso(written)).toBe(expected));

  it('reads TOML datetimes and Date objects (YAML 1.1 timestamps)', () => {
    expect(iso(new TomlDate('1979-05-27T07:32:00-08:00'))).toBe('1979-05-27T07:32:00-08:00');
    expect(iso(new TomlDate('1979-05-27T07:32:00'))).toBe('1979-05-27T07:32:00+01:00');
    expect(iso(new TomlDate('1979-05-27'))).toBe('1979-05-27T00:00:00+01:00');
    expect(iso(new Date('2019-04-02T00:00:00Z'))).toBe('2019-04-02T00:00:00+00:00');
  });

  it('tells a missing date from one that does not read', () => {
    expect(iso(undefined)).toBeUndefined();
    expect(iso('')).toBeUndefined();
    for (const bad of ['April 2, 2019', '2019-02-30', 2019, '2023-01-29 18:30:22 2023 -0800']) expect(iso(bad)).toBe('invalid');
  });
});

describe('front matter', () => {
  it('reads YAML, TOML and JSON, keys in lower case', () => {
    expect(readFrontMatter('---\nTitle: A\nexpiryDate: 2020-01-01\n---\nBody').data).toEqual({
      title: 'A',
      expirydate: '2020-01-01',
    });
    expect(readFrontMatter('+++\ntitle = "B"\n+++\nBody')).toMatchObject({ data: { title: 'B' }, body: 'Body', syntax: 'toml' });
    expect(readFrontMatter('{ "title": "C {x}" }\n\nBody')).toMatchObject({ data: { title: 'C {x}' }, body: '\nBody' });
    expect(readFrontMatter('\uFEFF\n\n---\ntitle: D\n---\n').data).toEqual({ title: 'D' });
    expect(readFrontMatter('---\n---\nOnly a body')).toMatchObject({ data: {}, body: 'Only a body' });
  });

  it('reports front matter that does not parse, or never closes, with the body still there', () => {
    expect(readFrontMatter('---\ntitle: [\n---\nBody')).toMatchObject({ data: {}, body: 'Body', error: expect.any(String) });
    expect(readFrontMatter('+++\ntitle = \n+++\nBody').error).toBeDefined();
    expect(readFrontMatter('---\ntitle: x\nBody').error).toBe('the front matter never closes');
    expect(readFrontMatter('---\n- a list\n---\n').error).toBe('the front matter is not a set of fields');
    expect(readFrontMatter('No front matter at all')).toEqual({ data: {}, body: 'No front matter at all' });
  });
});

describe('shortcodes', () => {
  const convert = (body: string) => convertShortcodes(body, { ref: (t) => (t === 'known.md' ? '/known/' : undefined) });

  it('reads quoted arguments holding `>` and `}}`, and positional ones', () => {
    const { body, notes } = convert('{{< figure src="a b.jpg" alt="Gate > wall" caption="Open {{ now }}" >}}');
    expect(body).toBe('![Gate > wall](<a b.jpg> "Open {{ now }}")');
    expect(notes).toEqual([]);
  });

  it('keeps a credit the parser refuses in the caption, and links a figure with `link`', () => {
    const attr = 'Northwire Photo – HALLAM – Feb 30, 2023';
    const { body, notes } = convert(`{{< figure src="a.jpg" caption="The quay" attr="${attr}" link="https://x.example/a" >}}`);
    expect(body).toBe(`[![The quay](a.jpg "The quay (${attr})")](https://x.example/a)`);
    expect(notes.map((n) => n.kind)).toEqual(['unparsed-credit']);
  });

  it('puts a figure met inside a line into a paragraph of its own', () => {
    expect(convert('Before {{< figure src="a.jpg" alt="A" >}} after').body).toBe('Before \n\n![A](a.jpg)\n\n after');
    expect(convert('Line one\n{{< figure src="a.jpg" alt="A" >}}\nLine two').body).toBe('Line one\n\n![A](a.jpg)\n\nLine two');
  });

  it('notes each unknown shortcode once, with how often, and leaves it as written', () => {
    const { body, notes } = convert('{{< tmp >}} {{% box %}}x{{% /box %}} {{< tmp id="2" >}}');
    expect(body).toBe('{{< tmp >}} {{% box %}}x{{% /box %}} {{< tmp id="2" >}}');
    expect(notes).toEqual([
      { kind: 'unknown-shortcode', detail: 'shortcode "tmp" left as written (2 times)' },
      { kind: 'unknown-shortcode', detail: 'shortcode "box" left as written' },
    ]);
  });

  it('resolves refs, and leaves the path of one that names no page', () => {
    const { body, notes } = convert('[a]({{< ref "known.md" >}}) [b]({{< relref path="gone.md" >}})');
    expect(body).toBe('[a](/known/) [b](gone.md)');
    expect(notes.map((n) => n.kind)).toEqual(['unresolved-ref']);
  });

  it('reads old-style tweets and leaves a highlight that never closes', () => {
    expect(convert('{{< tweet 1234 >}}').body).toBe('Embed: <https://twitter.com/i/status/1234>');
    expect(convert('{{< highlight go >}}\nfunc main() {}').body).toBe('{{< highlight go >}}\nfunc main() {}');
  });
});

describe('permalinks', () => {
  const config = {
    ...readHugoConfig(SITE),
    permalinks: { posts: '/:sections/:monthname/:yearday/:title/', news: '/:section/:filename/' },
  };
  const date = readSourceDate('2024-02-05T07:15:00Z', 'UTC');
  const parts = {
    folders: ['posts', '2024'],
    name: 'ferry',
    title: 'Café Wend opens',
    date: typeof date === 'object' ? date : undefined,
  };

  it('fills in Hugo’s tokens, lower-cased, non-ASCII percent-encoded', () => {
    expect(hugoPermalink(parts, config)).toBe('/posts/2024/february/36/caf%C3%A9-wend-opens/');
    expect(hugoPermalink({ ...parts, folders: ['news'] }, config)).toBe('/news/ferry/');
    expect(hugoPermalink({ ...parts, folders: ['Other'] }, config)).toBe('/other/ferry/');
    expect(hugoPermalink({ ...parts, url: '/a/b' }, config)).toBe('/a/b/');
    expect(hugoPermalink({ ...parts, folders: ['other'] }, { ...config, uglyUrls: true, base: '/blog' })).toBe(
      '/blog/other/ferry.html',
    );
  });
});

describe('the reader', () => {
  it('lists the authors the stories name, from data files, author pages or the name alone', async () => {
    const site = await hugoReader(SITE, { timezone: 'UTC' }).site();
    expect(site.baseUrl).toBe('https://courier.hallam.example');
    expect(site.authors).toContainEqual({
      key: 'tomas-quill',
      slug: 'tomas-quill',
      name: 'Tomás Quill',
      role: 'Assembly correspondent',
      bio: 'Tomás Quill has reported on the Hallam Assembly since its first sitting in the old customs house on Kelder Quay.',
      oldUrls: ['/authors/tomas-quill/'],
    });
    expect(site.authors.find((a) => a.key === 'ada-brennan')).toMatchObject({ name: 'Ada Brennan', role: 'Staff photographer' });
    expect(site.authors.find((a) => a.key === 'Mira Okafor')).toMatchObject({ slug: 'mira-okafor', name: 'Mira Okafor' });
    expect(site.categories).toContainEqual({ slug: 'news', name: 'City Desk' });
  });

  it('reads only the folders asked for, and can be read twice', async () => {
    const reader = hugoReader(SITE, { timezone: 'UTC', include: ['news'] });
    const read = async () => {
      const out: SourcePost[] = [];
      for await (const p of reader.posts()) out.push(p);
      return out.map((p) => p.origin);
    };
    expect(await read()).toEqual(['content/news/ward-boundaries.md']);
    expect(await read()).toEqual(['content/news/ward-boundaries.md']);
    expect((await reader.site()).categories).toEqual([{ slug: 'news', name: 'City Desk' }]);
  });
});
