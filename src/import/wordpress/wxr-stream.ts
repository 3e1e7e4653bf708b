import { createReadStream } from 'node:fs';
import { SaxesParser } from 'saxes';

/**
 * A WXR file read as a stream of small records: each `<item>`, `<wp:author>` and `<wp:category>` of
 * the channel, flattened to the text of its children. A 20,000-post export is hundreds of megabytes;
 * only the record being read and those finished in the current chunk are ever in memory.
 */

/** `<category domain="post_tag" nicename="harbour">Harbour</category>` on an item. */
export interface WxrTerm {
  domain: string;
  nicename: string;
  name: string;
}

/** One record of the channel, its children's text by element name (`wp:post_id` → `123`). */
export interface WxrRecord {
  kind: 'item' | 'wp:author' | 'wp:category';
  fields: Map<string, string>;
  terms: WxrTerm[];
  /** `wp:postmeta` pairs in file order (a key such as `_wp_old_slug` may repeat). */
  meta: [key: string, value: string][];
}

/** The channel's own fields (`title`, `link`, `wp:base_blog_url`), read alongside the records. */
export type WxrChannel = Map<string, string>;

const RECORDS = new Set<string>(['item', 'wp:author', 'wp:category']);

// Real exports carry control characters and HTML entity names outside CDATA; WordPress's own
// importer reads past them, and so do we. Anything else is a broken file and stops the reader.
const TOLERATED = /disallowed character\.|undefined entity\./;

/** Yields the records of `file` in order, filling `channel` with the channel's fields as it goes. */
export async function* wxrRecords(file: string, channel: WxrChannel = new Map()): AsyncGenerator<WxrRecord> {
  const parser = new SaxesParser({ fileName: file });
  const done: WxrRecord[] = [];
  const path: string[] = [];
  let record: WxrRecord | undefined;
  let text = '';
  let term: Omit<WxrTerm, 'name'> | undefined;
  let meta: { key: string; value: string } | undefined;

  parser.on('error', (error) => {
    if (!TOLERATED.test(error.message)) throw error;
  });
  parser.on('opentag', (tag) => {
    path.push(tag.name);
    text = '';
    const depth = path.length;
    if (depth === 3 && path[1] === 'channel' && RECORDS.has(tag.name)) {
      record = { kind: tag.name as WxrRecord['kind'], fields: new Map(), terms: [], meta: [] };
    } else if (record && depth === 4 && tag.name === 'category') {
      const attrs = tag.attributes as Record<string, string>;
      term = { domain: attrs['domain'] ?? '', nicename: attrs['nicename'] ?? '' };
    } else if (record && depth === 4 && tag.name === 'wp:postmeta') {
      meta = { key: '', value: '' };
    }
  });
  parser.on('text', (t) => (text += t));
  parser.on('cdata', (t) => (text += t));
  parser.on('closetag', (tag) => {
    const depth = path.length;
    if (record && depth === 3) {
      done.push(record);
      record = undefined;
    } else if (record && depth === 4) {
      if (term) record.terms.push({ ...term, name: text.trim() });
      else if (meta) record.meta.push([meta.key.trim(), meta.value]);
      // Comments are neither posts nor photos: their text is never kept.
      else if (tag.name !== 'wp:comment' && !record.fields.has(tag.name)) record.fields.set(tag.name, text);
      term = meta = undefined;
    } else if (meta && depth === 5) {
      if (tag.name === 'wp:meta_key') meta.key = text;
      else if (tag.name === 'wp:meta_value') meta.value = text;
    } else if (!record && depth === 3 && path[1] === 'channel') {
      channel.set(tag.name, text.trim());
    }
    path.pop();
    text = '';
  });

  const stream = createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 16 });
  try {
    for await (const chunk of stream) {
      parser.write(chunk as string);
      // Hand over what this chunk finished before reading the next: the consumer sets the pace.
      while (done.length > 0) yield done.shift()!;
    }
    parser.close();
    while (done.length > 0) yield done.shift()!;
  } finally {
    stream.destroy();
  }
}
