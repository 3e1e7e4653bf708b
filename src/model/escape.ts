/** Characters XML 1.0 forbids anywhere, even escaped: control codes and lone surrogates. */
const FORBIDDEN = new RegExp(
  [
    '[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uFFFE\\uFFFF]',
    '[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])',
    '(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]',
  ].join('|'),
  'g',
);

/** Text that can go into any XML document: forbidden characters dropped. */
export const xmlSafe = (text: string) => text.replace(FORBIDDEN, '');

/** Text or attribute value escaped for XML (and HTML). */
export const escapeXml = (text: string) =>
  xmlSafe(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');

/** HTML escaping for text shown in a feed reader (`&apos;` is XML, so HTML gets `&#39;`). */
export const escapeHtml = (text: string) =>
  xmlSafe(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** HTML that can sit inside a CDATA section: `]]>` would end it early, `]]&gt;` means the same in HTML. */
export const cdataSafe = (html: string) => xmlSafe(html).replace(/]]>/g, ']]&gt;');

/** Makes every site-relative `href`, `src` and `srcset` URL absolute, for HTML read away from the site (feeds). */
export function absolutizeHtml(html: string, base: string): string {
  const abs = (url: string) => (url.startsWith('/') && !url.startsWith('//') ? new URL(url, base).href : url);
  return html
    .replace(/\b(href|src)="([^"]*)"/g, (_, attr: string, url: string) => `${attr}="${abs(url)}"`)
    .replace(/\bsrcset="([^"]*)"/g, (_, set: string) => {
      const candidates = set.split(',').map((c) => c.trim().split(/\s+/));
      return `srcset="${candidates.map(([url = '', ...rest]) => [abs(url), ...rest].join(' ')).join(', ')}"`;
    });
}
