import { escapeHtml } from '../model/escape.ts';
import { boxEnd } from './box-html.ts';

// A box's opening tag (remark-factbox.ts and its siblings): its paragraphs are not the story's first.
const BOX = /<(aside|div|figure) class="(?:story-box|pullquote)\b[^"]*"[^>]*>/y;

/**
 * The dateline opens the story's first paragraph, as in print: "HALLAM — The Assembly…". The first
 * paragraph of the story's own text, that is: an editor's note or a fact box above it keeps its
 * words to itself.
 */
export function withDateline(bodyHtml: string, dateline: string | undefined): string {
  if (!dateline) return bodyHtml;
  const lead = `<p><span class="dateline">${escapeHtml(dateline)} —</span> `;
  for (let at = bodyHtml.indexOf('<'); at !== -1; at = bodyHtml.indexOf('<', at + 1)) {
    if (bodyHtml.startsWith('<p>', at)) return bodyHtml.slice(0, at) + lead + bodyHtml.slice(at + 3);
    BOX.lastIndex = at;
    const tag = BOX.exec(bodyHtml)?.[1];
    if (tag) at = boxEnd(bodyHtml, tag, at + 1);
  }
  return bodyHtml;
}
