import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

/**
 * WordPress exports (WXR) written to order: a few hand-picked items for a unit test, or tens of
 * thousands of generated posts, written as a stream, to measure what the reader holds in memory.
 * The text is invented, like every fixture (the Hallam Courier, the River Wend).
 */

export const GENERATED_SITE = 'https://hallam-courier.example';

const cdata = (text: string) => `<![CDATA[${text.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;

/** One `<item>`: any WXR child element by name (`wp:post_id`, `content:encoded`), plus categories and postmeta. */
export function wxrItem(
  fields: Record<string, string | number>,
  extra: { categories?: [domain: string, nicename: string, name: string][]; meta?: [string, string][] } = {},
): string {
  const children = Object.entries(fields).map(([name, value]) => `<${name}>${cdata(String(value))}</${name}>`);
  for (const [domain, nicename, name] of extra.categories ?? [])
    children.push(`<category domain="${domain}" nicename="${nicename}">${cdata(name)}</category>`);
  for (const [key, value] of extra.meta ?? [])
    children.push(
      `<wp:postmeta><wp:meta_key>${cdata(key)}</wp:meta_key><wp:meta_value>${cdata(value)}</wp:meta_value></wp:postmeta>`,
    );
  return `<item>\n${children.join('\n')}\n</item>\n`;
}

/** A published post with the fields every real export has; `overrides` replace or add fields. */
export function wxrPost(
  id: number,
  overrides: Record<string, string | number> = {},
  extra: Parameters<typeof wxrItem>[1] = {},
): string {
  return wxrItem(
    {
      title: `Ferry crossing ${id} runs to time`,
      link: `${GENERATED_SITE}/2025/11/03/ferry-crossing-${id}/`,
      'dc:creator': 'rhys.calloway',
      guid: `${GENERATED_SITE}/?p=${id}`,
      'content:encoded': `The ${id}th crossing of the Wend left Saltgate on time.\n\nPassengers praised the crew.`,
      'excerpt:encoded': '',
      'wp:post_id': id,
      'wp:post_date': '2025-11-03 09:15:00',
      'wp:post_date_gmt': '2025-11-03 09:15:00',
      'wp:post_name': `ferry-crossing-${id}`,
      'wp:status': 'publish',
      'wp:post_parent': 0,
      'wp:post_type': 'post',
      ...overrides,
    },
    { categories: [['category', 'harbour', 'Harbour']], ...extra },
  );
}

const HEAD = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
<title>The Hallam Courier</title>
<link>${GENERATED_SITE}</link>
<wp:author><wp:author_login>rhys.calloway</wp:author_login><wp:author_display_name>Rhys Calloway</wp:author_display_name></wp:author>
<wp:category><wp:category_nicename>harbour</wp:category_nicename><wp:category_parent></wp:category_parent><wp:cat_name>Harbour</wp:cat_name></wp:category>
`;
const TAIL = '</channel>\n</rss>\n';

/** A whole export around `items`. */
export const wxrDocument = (items: string[]) => HEAD + items.join('') + TAIL;

// Paragraphs for generated bodies, so a post weighs what a real news story does (about 3 kB).
const PARAGRAPHS = [
  'The Assembly met in the old Customs House while the chamber roof was mended, and members said the acoustics were better.',
  'Dockers on the East Quay worked through the night to clear the ships held back by the gales on the estuary.',
  '[caption id="attachment_%A" width="1600"]<img class="wp-image-%A" src="%U" alt="" /> The quay at first light. Photo: Ada Brennan/Northwire Photo[/caption]',
  'Traders in the Corn Market Hall said the new opening hours had brought in office workers at lunchtime.',
  'The ferry to Carrow ran every forty minutes, and the last sailing was held for a late train from the city.',
];

/**
 * Writes an export of `count` posts to `file`, one attachment for every ten posts (listed after
 * the posts that show them, as real exports do), streamed so the test process never holds it.
 * Returns the file's size in bytes.
 */
export async function writeGeneratedWxr(file: string, count: number): Promise<number> {
  const out = createWriteStream(file, { encoding: 'utf8' });
  let bytes = 0;
  const write = async (text: string) => {
    bytes += Buffer.byteLength(text);
    if (!out.write(text)) await once(out, 'drain');
  };
  await write(HEAD);
  for (let id = 1; id <= count; id++) {
    const attachment = 1_000_000 + Math.ceil(id / 10);
    const url = `${GENERATED_SITE}/wp-content/uploads/2025/11/quay-${attachment}.jpg`;
    const body = [...PARAGRAPHS, ...PARAGRAPHS].map((p) => p.replaceAll('%A', String(attachment)).replaceAll('%U', url));
    await write(wxrPost(id, { 'content:encoded': body.join('\n\n') }, { meta: [['_thumbnail_id', String(attachment)]] }));
    if (id % 10 === 0)
      await write(
        wxrItem(
          { title: `Quay ${attachment}`, 'wp:post_id': attachment, 'wp:post_type': 'attachment', 'wp:attachment_url': url },
          { meta: [['_wp_attachment_image_alt', 'The East Quay at first light']] },
        ),
      );
  }
  await write(TAIL);
  out.end();
  await once(out, 'finish');
  return bytes;
}
