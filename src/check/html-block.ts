/**
 * Raw HTML blocks, which the Markdown parser never parses inline: an archive's tables of links hold
 * thousands of `<` and `(` that cost it nothing. Only the two kinds that end at a blank line are
 * recognised (kinds 6 and 7 of CommonMark), and only where no list or quote can hold them. Anything
 * else is counted as text, so a body is never judged lighter than the parser finds it.
 */

/**
 * The block-level names of CommonMark's kind 6, as micromark lists them (micromark-util-html-tag-name).
 * A name the parser adds later is only counted as text here: never fewer markers than it parses.
 */
const BLOCK_NAMES = new Set(
  (
    'address article aside base basefont blockquote body caption center col colgroup dd details dialog dir ' +
    'div dl dt fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header hr html ' +
    'iframe legend li link main menu menuitem nav noframes ol optgroup option p param search section summary ' +
    'table tbody td tfoot th thead title tr track ul'
  ).split(' '),
);
/** Kind 1 (raw text, ends at its closing tag, not at a blank line): never taken for kind 7. */
const RAW_NAMES = new Set(['pre', 'script', 'style', 'textarea']);
const ATTRIBUTE = `[ \\t]+[A-Za-z_:][A-Za-z0-9_.:-]*(?:[ \\t]*=[ \\t]*(?:[^ \\t"'=<>\`]+|'[^']*'|"[^"]*"))?`;
/** A complete open or close tag alone on its line: an HTML block of kind 7. */
const WHOLE_TAG = new RegExp(
  `^(?:<([A-Za-z][A-Za-z0-9-]*)(?:${ATTRIBUTE})*[ \\t]*/?>|</([A-Za-z][A-Za-z0-9-]*)[ \\t]*>)[ \\t]*$`,
);
/** A tag that opens a kind 6 block: a block-level name, then a space, `>`, `/>` or the line's end. */
const BLOCK_TAG = /^<\/?([A-Za-z][A-Za-z0-9]*)(?:[ \t>]|\/>|$)/;
/** Where raw HTML that ends only at its own end marker may start (CommonMark kinds 1 to 5), anywhere in a line. */
const RAW_START = /<(?:pre|script|style|textarea)(?:[ \t>]|$)|<[!?]/i;

/**
 * Whether an HTML block that the parser ends at a blank line starts on `line`, outside any list or
 * quote: at the very start of the line, where no container can hold it (a line that starts at the left
 * margin closes every list and quote, since HTML never continues a paragraph lazily). Kind 7 cannot
 * interrupt a paragraph, so it counts only at the start of one (`afterBlank`).
 */
export function htmlBlockStart(line: string, afterBlank: boolean): boolean {
  if (!line.startsWith('<')) return false;
  const name = BLOCK_TAG.exec(line)?.[1]?.toLowerCase();
  if (name && BLOCK_NAMES.has(name)) return true;
  const tag = WHOLE_TAG.exec(line);
  const tagName = (tag?.[1] ?? tag?.[2])?.toLowerCase();
  return afterBlank && tagName !== undefined && !RAW_NAMES.has(tagName);
}

/**
 * Whether `line` may open raw HTML that runs past blank lines to its own end (`<pre>`, `<!--`, `<?`,
 * `<!X`), in any container. After one, neither code fences nor HTML blocks are taken as such: where
 * the parser ends them can no longer be told without parsing.
 */
export const mayOpenRawHtml = (line: string) => RAW_START.test(line);
