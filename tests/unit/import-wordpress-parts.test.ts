import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { SourcePost } from '../../src/import/source.ts';
import { AttachmentIndex } from '../../src/import/wordpress/attachments.ts';
import { autop } from '../../src/import/wordpress/autop.ts';
import { nicenameOf } from '../../src/import/wordpress/authors.ts';
import { cleanBody, type BodyContext } from '../../src/import/wordpress/body.ts';
import { wordpressReader } from '../../src/import/wordpress/index.ts';
import { withSlug } from '../../src/import/wordpress/old-urls.ts';
import { wordpressDate } from '../../src/import/wordpress/wxr-dates.ts';
import { PROJECT_ROOT } from '../helpers/build.ts';
import { GENERATED_SITE, wxrDocument, wxrItem, wxrPost } from '../../scripts/bench/wxr-generator.ts';

const dir = mkdtempSync(join(tmpdir(), 'broadsheet-wp-parts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The posts of an export made of `items`, read with `options`. */
async function read(items: string[], options: { uploads?: string } = {}) {
  const file = join(dir, `export-${Math.random().toString(36).slice(2)}.xml`);
  writeFileSync(file, wxrDocument(items));
  const reader = wordpressReader(file, { timezone: 'Europe/London', ...options });
  const site = await reader.site();
  const posts: SourcePost[] = [];
  for await (const post of reader.posts()) posts.push(post);
  return { reader, site, posts };
}

const clean = (html: string) => {
  const ctx: BodyContext = { postId: '1', attachments: new AttachmentIndex(), notes: [] };
  return { html: cleanBody(html, ctx), notes: ctx.notes };
};

describe('WordPress dates', () => {
  it('takes the offset from the two dates, whatever the zone asked for', () => {
    expect(wordpressDate('2018-10-20 20:03:48', '2018-10-21 03:03:48', 'Europe/London')).toBe('2018-10-20T20:03:48-07:00');
    expect(wordpressDate('2025-01-01 17:30:00', '2025-01-01 12:00:00', 'Europe/London')).toBe('2025-01-01T17:30:00+05:30');
  });

  it('reads a wall time in the zone when the UTC date is zeros or absurd, and gives up on no date', () => {
    expect(wordpressDate('2025-07-01 10:00:00', '0000-00-00 00:00:00', 'Europe/London')).toBe('2025-07-01T10:00:00+01:00');
    expect(wordpressDate('2025-07-01 10:00:00', '2024-01-01 00:00:00', 'Europe/London')).toBe('2025-07-01T10:00:00+01:00');
    // 01:30 on 30 March 2025 never happened in London: the offset before the change is kept.
    expect(wordpressDate('2025-03-30 01:30:00', undefined, 'Europe/London')).toBe('2025-03-30T01:30:00+00:00');
    expect(wordpressDate('0000-00-00 00:00:00', '0000-00-00 00:00:00', 'Europe/London')).toBeUndefined();
    expect(wordpressDate('2025-02-30 10:00:00', '2025-02-30 10:00:00', 'Europe/London')).toBeUndefined();
  });
});

describe('WordPress shortcodes', () => {
  it('shows an escaped shortcode with one pair of brackets, unread', () => {
    expect(clean('How to: type [[gallery]] in a post.')).toEqual({ html: '<p>How to: type [gallery] in a post.</p>', notes: [] });
  });

  it('reads Jetpack’s [youtube=URL], and a caption whose photo has no link', () => {
    expect(clean('[youtube=https://www.youtube.com/watch?v=wendtide]').html).toBe(
      '<p>Embed: <a href="https://www.youtube.com/watch?v=wendtide">https://www.youtube.com/watch?v=wendtide</a></p>',
    );
    expect(clean('[caption width="300"]<img src="/wp-content/uploads/a.jpg" alt="Quay"/> The quay.[/caption]').html).toBe(
      '<figure><img src="/wp-content/uploads/a.jpg" alt="Quay"><figcaption>The quay.</figcaption></figure>',
    );
  });

  it('reads shortcodes inside one it leaves, counts repeats, and keeps a caption without a photo as written', () => {
    const { html, notes } = clean('[column][caption]<img src="a.jpg" alt="A"> A.[/caption][/column]\n\n[column /]');
    expect(html).toBe(
      '<p>[column]</p>\n<figure><img src="a.jpg" alt="A"><figcaption>A.</figcaption></figure>\n<p>[/column]</p>\n<p>[column /]</p>',
    );
    expect(notes).toEqual([{ kind: 'unknown-shortcode', detail: '[column] (2 times) left as written: [column]' }]);
    expect(clean('[caption]No photo here.[/caption]').notes.map((n) => n.kind)).toEqual(['caption-without-photo']);
  });

  it('leaves brackets in prose alone: [sic], [1], [update: …], a Markdown-like link', () => {
    const prose = 'He said it was "fine" [sic].[1] [update: the bridge reopened] See [the report](https://x.example).';
    expect(clean(prose)).toEqual({ html: `<p>${prose}</p>`, notes: [] });
  });
});

describe('WordPress paragraphs (autop)', () => {
  it('makes paragraphs of blank lines and <br /> of single ones, leaving block elements and <pre> alone', () => {
    expect(autop('One\ntwo\n\nThree')).toBe('<p>One<br />\ntwo</p>\n<p>Three</p>');
    expect(autop('Intro\n<h2>Head</h2>\nText')).toBe('<p>Intro</p>\n<h2>Head</h2>\n<p>Text</p>');
    expect(autop('<pre>a\n\nb</pre>\n\nAfter')).toBe('<pre>a\n\nb</pre>\n<p>After</p>');
    expect(autop('Line<br><br>Next')).toBe('<p>Line</p>\n<p>Next</p>');
    expect(autop('<a\nhref="x">link</a>')).toBe('<p><a\nhref="x">link</a></p>');
    expect(autop('  \n ')).toBe('');
  });
});

describe('WordPress old addresses, authors and items', () => {
  it('puts an old slug in the permalink in place of the slug, whatever the structure', () => {
    expect(withSlug('https://a.example/2025/11/new-name/', 'new-name', 'old-name')).toBe('https://a.example/2025/11/old-name/');
    expect(withSlug('https://a.example/news/new-name.html', 'other', 'old')).toBe('https://a.example/news/old');
    expect(withSlug('https://a.example/?p=4', '', 'old')).toBeUndefined();
    expect(withSlug('http://', 'a', 'old')).toBeUndefined();
  });

  it('refuses a time zone that does not exist before reading anything', () => {
    expect(() => wordpressReader('export.xml', { timezone: 'Europe/Hallam' })).toThrow('Unknown time zone "Europe/Hallam"');
  });

  it('makes nicenames as WordPress does', () => {
    expect(nicenameOf('Ines.Marlow')).toBe('ines-marlow');
    expect(nicenameOf('jürgen@desk')).toBe('jurgendesk');
    expect(nicenameOf('Tessa Okonkwo')).toBe('tessa-okonkwo');
  });

  it('keeps a password-protected post, a status it does not know, and a stray login as drafts or cleaned', async () => {
    const { posts } = await read([
      wxrPost(1, { 'wp:post_password': 'enter' }),
      wxrPost(2, { 'wp:status': 'archived', 'dc:creator': '>rhys.calloway' }),
    ]);
    expect(posts.map((p) => [p.status, p.notes.map((n) => n.kind), p.authors])).toEqual([
      ['draft', ['password'], ['rhys.calloway']],
      ['draft', ['unknown-status'], ['rhys.calloway']],
    ]);
  });

  it('reads past control characters and HTML entity names outside CDATA, and names the file when XML breaks', async () => {
    const item = `<item><title>Tide &amp; time&nbsp;\u000b</title><wp:post_id>5</wp:post_id><wp:post_type>post</wp:post_type><wp:status>publish</wp:status><dc:creator>rhys.calloway</dc:creator></item>`;
    const { posts } = await read([item]);
    expect(posts.map((p) => p.title)).toEqual(['Tide & time']);
    const broken = join(dir, 'broken.xml');
    writeFileSync(broken, wxrDocument([wxrPost(1)]).replace('</channel>', ''));
    await expect(wordpressReader(broken, { timezone: 'UTC' }).site()).rejects.toThrow(/broken\.xml:\d+:\d+/);
  });
});

describe('WordPress photos on disk', () => {
  it('maps the site’s upload URLs to the uploads folder, preferring the original to a resized copy', async () => {
    const uploads = join(dir, 'uploads');
    const fixture = join(PROJECT_ROOT, 'tests/fixtures/import/wordpress/uploads/2025/11/harbour-crane.jpg');
    mkdirSync(join(uploads, '2025/11'), { recursive: true });
    copyFileSync(fixture, join(uploads, '2025/11/harbour-crane.jpg'));
    copyFileSync(fixture, join(uploads, '2025/11/only-small-300x188.jpg'));
    const attachment = wxrItem({ 'wp:post_id': 9, 'wp:post_type': 'attachment', 'wp:attachment_url': 'x' });
    const { reader, posts } = await read([wxrPost(1), attachment], { uploads });
    const local = (url: string) => reader.localPhoto!(url, posts[0]!);
    const crane = join(uploads, '2025/11/harbour-crane.jpg');
    expect(local(`${GENERATED_SITE}/wp-content/uploads/2025/11/harbour-crane-1024x640.jpg`)).toBe(crane);
    expect(local(`${GENERATED_SITE}/wp-content/uploads/2025/11/harbour-crane-scaled.jpg`)).toBe(crane);
    expect(local(`http://www.hallam-courier.example/wp-content/uploads/2025/11/harbour-crane.jpg?w=300`)).toBe(crane);
    expect(local('/wp-content/uploads/2025/11/harbour-crane.jpg')).toBe(crane);
    expect(local(`${GENERATED_SITE}/wp-content/uploads/2025/11/only-small-300x188.jpg`)).toBe(
      join(uploads, '2025/11/only-small-300x188.jpg'),
    );
    expect(local(`${GENERATED_SITE}/wp-content/uploads/2025/11/lost.jpg`)).toBeUndefined();
    expect(local('https://elsewhere.example/wp-content/uploads/2025/11/harbour-crane.jpg')).toBeUndefined();
    expect(local(`${GENERATED_SITE}/wp-content/uploads/../../../etc/passwd`)).toBeUndefined();
  });
});
