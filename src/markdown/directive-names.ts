/**
 * Every block directive a story body may use (remark-block-directives.ts parses them), with its
 * form: a container wraps paragraphs between `:::name` and `:::`; a leaf is one line, `::name{…}`.
 * The checker refuses any other name; each is turned into HTML by its own plugin.
 */
export const DIRECTIVES = {
  /** A box of facts beside the story: `:::factbox[Title]`. */
  factbox: 'container',
  /** A sidebar: background, a profile, a timeline. */
  aside: 'container',
  /** A quote from the story, set large. */
  pullquote: 'container',
  /** A note from the editors: how the story was reported, a disclosure. */
  'editors-note': 'container',
  /** A video, post or chart from another site, shown as a poster until the reader asks: `::embed{url="…"}`. */
  embed: 'leaf',
  /** One timestamped update of a live blog. */
  update: 'container',
} as const satisfies Record<string, 'container' | 'leaf'>;

export type DirectiveName = keyof typeof DIRECTIVES;
