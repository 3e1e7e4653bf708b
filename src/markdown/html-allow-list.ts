/**
 * The HTML a story may carry, written once: the renderer keeps exactly this (raw-html.ts) and the
 * checker warns about everything else, so the two cannot disagree. News archives exported from other
 * systems are full of structural HTML; it is kept, while anything that runs code, loads another
 * site or restyles the page is dropped.
 */

const GLOBAL = ['title', 'lang', 'dir'];

/** Elements kept, with the attributes each keeps (besides `title`, `lang` and `dir`). */
export const ALLOWED_ELEMENTS: Readonly<Record<string, readonly string[]>> = {
  p: [],
  a: ['href'],
  strong: [],
  b: [],
  em: [],
  i: [],
  u: [],
  s: [],
  del: ['cite'],
  ins: ['cite'],
  mark: [],
  small: [],
  ul: [],
  ol: ['start', 'reversed'],
  li: ['value'],
  dl: [],
  dt: [],
  dd: [],
  blockquote: ['cite'],
  q: ['cite'],
  table: [],
  caption: [],
  thead: [],
  tbody: [],
  tfoot: [],
  tr: [],
  th: ['colspan', 'rowspan', 'scope'],
  td: ['colspan', 'rowspan'],
  figure: [],
  figcaption: [],
  h2: [],
  h3: [],
  h4: [],
  h5: [],
  h6: [],
  sup: [],
  sub: [],
  br: [],
  hr: [],
  abbr: [],
  cite: [],
  code: [],
  pre: [],
  kbd: [],
  time: ['datetime'],
  span: [],
  div: [],
};

/** Elements dropped with everything inside them: their content is code, a form or another site's page. */
export const DROPPED_WITH_CONTENT: ReadonlySet<string> = new Set(
  (
    'script style iframe frame frameset object embed applet noscript template form input button select ' +
    'textarea option datalist svg math canvas audio video source track picture img map area link meta base ' +
    'head title portal dialog'
  ).split(' '),
);

/** Attributes holding a URL: kept only when it is a web address. */
export const URL_ATTRIBUTES: ReadonlySet<string> = new Set(['href', 'cite']);

/** Whether `element` keeps its `attribute` (HTML names, lower case). */
export const keepsAttribute = (element: string, attribute: string) =>
  GLOBAL.includes(attribute) || (ALLOWED_ELEMENTS[element]?.includes(attribute) ?? false);

/**
 * What happens to an element of raw HTML: kept, dropped with its content, or unwrapped (its content
 * kept without it: `<font>`, `<center>`, `<section>`…). A story's page has one `<h1>`, its headline,
 * so an `<h1>` in the body becomes an `<h2>`.
 */
export function elementFate(tag: string): 'keep' | 'drop' | 'unwrap' | 'h2' {
  if (tag === 'h1') return 'h2';
  if (Object.hasOwn(ALLOWED_ELEMENTS, tag)) return 'keep';
  return DROPPED_WITH_CONTENT.has(tag) ? 'drop' : 'unwrap';
}
