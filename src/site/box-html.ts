/**
 * Story boxes in a rendered body (remark-factbox.ts and its siblings), found in its HTML: where one
 * ends, and the body without its pull quotes for readers that show no CSS and heed no
 * `aria-hidden` (feed readers), to whom a pull quote would read as the same words twice.
 */

/**
 * Where the box whose opening tag starts just before `from` closes (the index of its closing tag).
 * Boxes never hold boxes, but may hold elements of their own tag (a table's scrolling `<div>` in a
 * note, a photo's `<figure>`), so a box ends where its tag is closed as often as it was opened.
 */
export function boxEnd(html: string, tag: string, from: number): number {
  const tags = new RegExp(`<(/?)${tag}\\b`, 'g');
  tags.lastIndex = from;
  let depth = 1;
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (!depth) return m.index;
  }
  return html.length;
}

const PULLQUOTE = '<figure class="pullquote"';

/** The body's HTML with its pull quotes taken out. */
export function withoutPullquotes(html: string): string {
  let out = html;
  for (let at = out.indexOf(PULLQUOTE); at !== -1; at = out.indexOf(PULLQUOTE, at)) {
    const end = boxEnd(out, 'figure', at + 1);
    out = out.slice(0, at) + out.slice(Math.min(out.length, end + '</figure>'.length)).replace(/^\n/, '');
  }
  return out;
}
