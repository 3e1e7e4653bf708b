import type { Link, Parent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { isUnsafeUrl, parseLinkUrl } from '../../markdown/link-url.ts';
import type { SourceNote } from '../source.ts';
import type { Edit } from './body-edits.ts';

// Any page: only whether a parser accepts the URL matters here, as in check/body-markup.ts.
const ANY_PAGE = 'https://example.org/a/b/';

/**
 * What becomes of a Markdown link the checker would refuse (archives hold them: `[](photo.jpg)`,
 * what is left of a photo link once the photo is gone; a `javascript:` or mistyped scheme such as
 * `ttps://`; an address no parser reads): a link with no words goes, the others keep their words and
 * lose the link. The rules are the checker's (`markdown/link-url.ts`). Undefined for a sound link.
 */
export function repairedLink(
  node: Link,
  parent: Parent | undefined,
  markdown: string,
): { edit: Edit; note: SourceNote } | undefined {
  const words = toString(node);
  const bad = isUnsafeUrl(node.url) || !parseLinkUrl(node.url, ANY_PAGE);
  const [start, end] = [node.position?.start.offset, node.position?.end.offset];
  if (start === undefined || end === undefined) {
    // A bare address GFM linked (`www.[agency].gov`) has no place of its own: it is found in its
    // paragraph and set as code, since no escape stops GFM from linking it again.
    const [from, to] = [parent?.position?.start.offset, parent?.position?.end.offset];
    const at = from === undefined || to === undefined ? -1 : markdown.slice(from, to).indexOf(words);
    if (!bad || at < 0) return undefined;
    const edit = { start: from! + at, end: from! + at + words.length, text: `\`${words}\`` };
    return { edit, note: { kind: 'unsafe-link', detail: `"${words}" read as an address no browser can follow: set as code` } };
  }
  if (!words.trim() && !node.children.some((c) => c.type === 'image'))
    return {
      edit: { start, end, text: '' },
      note: { kind: 'empty-link', detail: `a link to ${node.url} with no words in it: taken out` },
    };
  if (!bad) return undefined;
  const first = node.children[0]?.position?.start.offset;
  const last = node.children.at(-1)?.position?.end.offset;
  const kept = first !== undefined && last !== undefined ? markdown.slice(first, last) : words;
  // Words that are the address itself would be linked again by GFM: set as code.
  const text = kept === markdown.slice(start, end) ? `\`${kept}\`` : kept;
  const detail = `a link to "${node.url}", which no browser can follow: its words kept, the link taken out`;
  return { edit: { start, end, text }, note: { kind: 'unsafe-link', detail } };
}
