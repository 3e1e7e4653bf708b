import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SourcePost } from '../../src/import/source.ts';
import { readHugoConfig } from '../../src/import/static-site/hugo-config.ts';
import { hugoReader } from '../../src/import/static-site/index.ts';

/** A Hugo site written for one test, in a folder of its own. */
function site(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'hugo-site-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

async function postsOf(root: string): Promise<SourcePost[]> {
  const out: SourcePost[] = [];
  for await (const post of hugoReader(root, { timezone: 'UTC' }).posts()) out.push(post);
  return out;
}

describe('a Hugo site’s config', () => {
  it('is read from the config folder, with the `page:` form of `permalinks`', () => {
    const root = site({
      'config/_default/hugo.toml': 'baseURL = "https://example.org/paper/"\ntimeZone = "Mars/Olympus"\n',
      'config/_default/permalinks.yaml': 'page:\n  news: /:year/:slug/\n',
    });
    const read = readHugoConfig(root);
    expect(read).toMatchObject({ baseUrl: 'https://example.org/paper/', base: '/paper', permalinks: { news: '/:year/:slug/' } });
    // A zone this runtime does not know is no zone: the reader's option is used instead.
    expect(read.timeZone).toBeUndefined();
  });

  it('stops the reader, naming the file, when it does not parse', () => {
    const root = site({ 'hugo.toml': 'baseURL = \n' });
    expect(() => hugoReader(root, { timezone: 'UTC' })).toThrow(/hugo\.toml: the site config does not parse/);
  });

  it('is not needed: a folder of content alone gets Hugo’s defaults', async () => {
    const root = site({ 'content/notes/first.md': '---\ntitle: First\ndate: 2024-01-02\n---\nText.\n' });
    expect((await postsOf(root)).map((p) => p.oldUrls)).toEqual([['/notes/first/']]);
  });
});

describe('pages Hugo never published', () => {
  it('are drafts, with a note', async () => {
    const root = site({
      'content/notes/headless/index.md': '---\ntitle: Headless\nheadless: true\n---\nText.\n',
      'content/notes/unbuilt.md': '+++\ntitle = "Unbuilt"\n[build]\nrender = "never"\n+++\nText.\n',
      'content/notes/shown.md': '---\ntitle: Shown\nbuild: { list: never }\n---\nText.\n',
    });
    const posts = await postsOf(root);
    expect(posts.map((p) => [p.title, p.status, p.notes.map((n) => n.kind)])).toEqual([
      ['Shown', 'published', ['undated']],
      ['Unbuilt', 'draft', ['not-rendered']],
      ['Headless', 'draft', ['not-rendered']],
    ]);
  });
});

describe('addresses under a base path', () => {
  it('puts the base path in front of permalinks and aliases, and keeps an alias on the site’s own host', async () => {
    const root = site({
      'hugo.yaml': 'baseURL: https://example.org/paper/\npermalinks:\n  news: /:year/:slugorfilename/\n',
      'content/news/quay.md': [
        '---',
        'title: Quay',
        'date: 2024-01-02T10:00:00Z',
        'aliases: [/old/quay/, "https://example.org/paper/older/quay/", "https://elsewhere.example/quay/", quay-news]',
        '---',
        'Text.',
      ].join('\n'),
    });
    const [post] = await postsOf(root);
    expect(post?.oldUrls).toEqual(['/paper/2024/quay/', '/paper/old/quay/', '/paper/older/quay/', '/paper/2024/quay-news']);
    const reader = hugoReader(root, { timezone: 'UTC', include: ['content/news'] });
    const included: string[] = [];
    for await (const p of reader.posts()) included.push(p.origin);
    expect(included).toEqual(['content/news/quay.md']);
    expect((await reader.site()).otherUrls).toEqual([
      'http://example.org/paper',
      'http://www.example.org/paper',
      'https://www.example.org/paper',
    ]);
  });
});
