import { decodeEntities } from './entities.ts';
import { setType } from './typography.ts';

/**
 * Inline formatting that archives leave in headlines and captions (`<strong>Lead.</strong>`). A
 * frontmatter string is shown as plain text everywhere (the page, its title, feeds, search), so the
 * tags go and their words stay; the checker warns, naming them. Any other tag (a `<script>`, an
 * `<img>`, a `<div>`) is not formatting and is refused.
 */
export const INLINE_TAGS: ReadonlySet<string> = new Set(
  'a abbr b bdi bdo big br cite code data del dfn em font i ins kbd mark nobr q s samp small span strike strong sub sup time tt u var wbr'.split(
    ' ',
  ),
);

// A tag starts with a letter right after `<`, so "less than < 5" and "<3" are left as text.
const TAG = /<\/?([A-Za-z][A-Za-z0-9-]*)(?:\s[^<>]*)?\/?>/g;
const BREAKS = new Set(['br', 'wbr']);

/** The tags written in a frontmatter string, lower-cased, each once: inline ones and the rest. */
export function tagsIn(text: string): { inline: string[]; other: string[] } {
  const inline = new Set<string>();
  const other = new Set<string>();
  for (const [, name = ''] of text.matchAll(TAG)) {
    const tag = name.toLowerCase();
    (INLINE_TAGS.has(tag) ? inline : other).add(tag);
  }
  return { inline: [...inline], other: [...other] };
}

/** `text` without its tags: a line break becomes a space, any other tag goes and its words stay. */
export function stripTags(text: string): string {
  if (!text.includes('<')) return text;
  const stripped = text.replace(TAG, (_, name: string) => (BREAKS.has(name.toLowerCase()) ? ' ' : ''));
  return stripped.replace(/\s{2,}/g, ' ').trim();
}

/**
 * A frontmatter string as readers see it: tags stripped, then character references decoded (so an
 * escaped `&lt;b&gt;` stays visible text), then set as the body is set: curly quotes, dashes, ellipses.
 * The one place this happens, in the schemas, so the page, its head, JSON-LD, feeds and search agree.
 */
export function displayText(text: string): string {
  return setType(decodeEntities(stripTags(text)));
}
