/** Small rewrites of Markdown bodies that Hugo and Jekyll share. */

/**
 * A fenced code block holding `code` exactly: the fence is longer than any backtick run in it, so
 * code that itself shows a fence (a post about Markdown) stays inside. The language keeps only
 * the characters an info string may hold.
 */
export function fencedCode(language: string, code: string): string {
  const longest = Math.max(0, ...[...code.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  const lang = language.replace(/[^\w+#.-]/g, '');
  const inner = code.replace(/^[ \t]*\r?\n/, '').replace(/\r?\n[ \t]*$/, '');
  return `${fence}${lang}\n${inner}\n${fence}`;
}

/** Hugo's and Jekyll's summary divider, `<!--more-->`: the body reads on without it. */
export function withoutMoreMarker(body: string): string {
  return body.replace(/(^|\n)[ \t]*<!--\s*more\s*-->[ \t]*(?:\r?\n)+/gi, '$1').replace(/<!--\s*more\s*-->/gi, '');
}

/** Quotes text for a Markdown link title (`"…"`), escaping what would end it. */
export function linkTitle(text: string): string {
  return `"${text
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\s*\n\s*/g, ' ')}"`;
}

/** Alt text as Markdown holds it: one line, brackets escaped. */
export function altText(text: string): string {
  return text
    .replace(/\s*\n\s*/g, ' ')
    .replace(/([[\]\\])/g, '\\$1')
    .trim();
}

/** A URL as a Markdown link destination: in angle brackets when it holds spaces or parentheses. */
export function destination(url: string): string {
  return /[\s()<>]/.test(url) ? `<${url.replace(/[<>]/g, encodeURIComponent)}>` : url;
}
