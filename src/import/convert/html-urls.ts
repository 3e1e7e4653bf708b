import { decodeEntities } from '../../model/entities.ts';

/** One address in raw HTML: an `href` on any element, a `src` on an `<img>`. */
export interface HtmlUrl {
  /** `href` or `src`. */
  attribute: string;
  /** Lower-case element name. */
  tag: string;
  /** The address, character references decoded. */
  url: string;
  /** Where the value sits in the HTML (quotes excluded). */
  start: number;
  end: number;
  /** The whole tag, for taking an `<img>` out. */
  tagStart: number;
  tagEnd: number;
}

const TAG = /<([A-Za-z][A-Za-z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const ATTRIBUTE = /(\s+)([^\s"'>/=]+)(?:(\s*=\s*)(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** Every `href` and `<img src>` in a piece of raw HTML, in order. */
export function htmlUrls(html: string): HtmlUrl[] {
  const out: HtmlUrl[] = [];
  for (const tag of html.matchAll(TAG)) {
    const name = tag[1]!.toLowerCase();
    const attributesAt = tag.index + 1 + tag[1]!.length;
    for (const a of tag[2]!.matchAll(ATTRIBUTE)) {
      const attribute = a[2]!.toLowerCase();
      if (attribute !== 'href' && !(attribute === 'src' && name === 'img')) continue;
      const value = a[4] ?? a[5] ?? a[6];
      if (value === undefined) continue;
      const quoted = a[4] !== undefined || a[5] !== undefined ? 1 : 0;
      const start = attributesAt + a.index + a[1]!.length + a[2]!.length + a[3]!.length + quoted;
      out.push({
        attribute,
        tag: name,
        url: decodeEntities(value).trim(),
        start,
        end: start + value.length,
        tagStart: tag.index,
        tagEnd: tag.index + tag[0].length,
      });
    }
  }
  return out;
}

/** An address written back into an attribute value, whichever quotes it had. */
export const attributeValue = (url: string) => url.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
