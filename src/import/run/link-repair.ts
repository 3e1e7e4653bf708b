import type { Link, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { isUnsafeUrl, parseLinkUrl } from '../../markdown/link-url.ts';
import type { SourceNote } from '../source.ts';

const parser = unified().use(remarkParse).use(remarkGfm);
// Any page: only whether a parser accepts the URL matters here, as in check/body-markup.ts.
const ANY_PAGE = 'https://example.org/a/b/';

/**
 * Archives hold links the checker refuses (`npm run check` would stop the import's result): a link
 * with no words (`[](photo.jpg)`, what is left of a photo link once the photo is gone), a `javascript:`
 * or mistyped scheme (`ttps://`), an address no parser reads. The first goes; the others keep their
 * words and lose the link. The same rules as the checker's (`markdown/link-url.ts`), each noted.
 */
export function repairLinks(markdown: string): { markdown: string; notes: SourceNote[] } {
  const tree = parser.parse(markdown) as Root;
  const edits: { start: number; end: number; text: string }[] = [];
  const notes: SourceNote[] = [];
  visit(tree, 'link', (node: Link, _, parent) => {
    let start = node.position?.start.offset;
    let end = node.position?.end.offset;
    const words = toString(node);
    const bad = isUnsafeUrl(node.url) || !parseLinkUrl(node.url, ANY_PAGE);
    if (start === undefined || end === undefined) {
      // A bare address GFM made a link of (`www.[agency].gov`) has no place of its own; it is found in its
      // paragraph and set as code, since no escape stops GFM from linking it again.
      const [from, to] = [parent?.position?.start.offset, parent?.position?.end.offset];
      const at = from === undefined || to === undefined ? -1 : markdown.slice(from, to).indexOf(words);
      if (!bad || at < 0) return;
      start = from! + at;
      end = start + words.length;
      edits.push({ start, end, text: `\`${words}\`` });
      notes.push({ kind: 'bad-link', detail: `"${words}" read as an address no browser can follow: set as code` });
    } else if (!words.trim() && !node.children.some((c) => c.type === 'image')) {
      edits.push({ start, end, text: '' });
      notes.push({ kind: 'bad-link', detail: `a link to ${node.url} with no words in it: taken out` });
    } else if (bad) {
      const first = node.children[0]?.position?.start.offset;
      const last = node.children.at(-1)?.position?.end.offset;
      const kept = first !== undefined && last !== undefined ? markdown.slice(first, last) : words;
      // Words that are the address itself would be linked again by GFM: set as code.
      edits.push({ start, end, text: kept === markdown.slice(start, end) ? `\`${kept}\`` : kept });
      notes.push({
        kind: 'bad-link',
        detail: `a link to "${node.url}", which no browser can follow: its words kept, the link taken out`,
      });
    }
  });
  let out = markdown;
  for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return { markdown: out, notes };
}
