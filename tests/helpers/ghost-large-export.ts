import { closeSync, openSync, writeSync } from 'node:fs';

const WORDS = 'harbour tide ferry quay assembly levy river dredger crane wharf market lantern council bridge silt estuary'.split(
  ' ',
);

/** A paragraph of invented Hallam news, different for every post so nothing compresses into one string. */
function paragraph(i: number, n: number): string {
  const words = Array.from({ length: 60 }, (_, k) => WORDS[(i * 7 + n * 3 + k * k) % WORDS.length]);
  return `<p>${words.join(' ')} (${i}.${n}).</p>`;
}

/**
 * Writes a Ghost 5 export of `count` posts to `file`, row by row (never whole in memory), with the
 * tables Ghost puts after the posts: every post has two tags, an author, a posts_meta row, and about
 * 2 KB of HTML; every tenth has only a Lexical body. Returns the file's size in bytes.
 */
export function writeLargeExport(file: string, count: number): number {
  const fd = openSync(file, 'w');
  let size = 0;
  const write = (text: string) => (size += writeSync(fd, text));
  const rows = (name: string, n: number, row: (i: number) => object, last = false) => {
    write(`"${name}":[`);
    for (let i = 0; i < n; i++) write((i ? ',' : '') + JSON.stringify(row(i)));
    write(last ? ']' : '],');
  };
  write('{"db":[{"meta":{"exported_on":1745400000000,"version":"5.115.0"},"data":{');
  rows('posts', count, (i) => {
    const body = Array.from({ length: 4 }, (_, n) => paragraph(i, n)).join('');
    const lexical = JSON.stringify({
      root: {
        type: 'root',
        children: [{ type: 'paragraph', children: [{ type: 'text', text: `Lexical story ${i}`, format: 1 }] }],
      },
    });
    return {
      id: `p${i}`,
      uuid: `u${i}`,
      title: `Harbour story number ${i}`,
      slug: `harbour-story-${i}`,
      html: i % 10 === 0 ? null : `${body}<p><a href="__GHOST_URL__/harbour-story-${i + 1}/">next</a></p>`,
      lexical: i % 10 === 0 ? lexical : null,
      status: i % 50 === 0 ? 'draft' : 'published',
      type: 'post',
      feature_image: `__GHOST_URL__/content/images/2025/01/photo-${i}.jpg`,
      published_at: new Date(Date.UTC(2020, 0, 1) + i * 3_600_000).toISOString(),
      updated_at: new Date(Date.UTC(2020, 0, 1) + i * 3_600_000 + 60_000).toISOString(),
      custom_excerpt: `Excerpt ${i}`,
    };
  });
  rows('posts_authors', count, (i) => ({ id: `pa${i}`, post_id: `p${i}`, author_id: `a${i % 20}`, sort_order: 0 }));
  rows('posts_meta', count, (i) => ({
    id: `pm${i}`,
    post_id: `p${i}`,
    feature_image_alt: `Photo ${i}`,
    feature_image_caption: 'Photo: Ada Brennan/Northwire Photo',
    email_subject: null,
  }));
  rows('posts_tags', count * 2, (i) => ({ id: `pt${i}`, post_id: `p${i >> 1}`, tag_id: `t${i % 40}`, sort_order: i & 1 }));
  rows('settings', 1, () => ({ key: 'title', value: 'The Hallam Ledger' }));
  rows('tags', 40, (i) => ({ id: `t${i}`, name: `Tag ${i}`, slug: `tag-${i}`, visibility: 'public' }));
  rows('users', 20, (i) => ({ id: `a${i}`, name: `Reporter ${i}`, slug: `reporter-${i}` }), true);
  write('}}]}');
  closeSync(fd);
  return size;
}
