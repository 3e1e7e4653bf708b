import type { SourceNote } from '../source.ts';
import { newConversion, note } from './context.ts';
import { keepWithinBudget } from './budget-pass.ts';
import { parseFragment } from './dom.ts';
import { limitDepth, shallowSource } from './depth-pass.ts';
import { convertEmbeds } from './embed-pass.ts';
import { notePhotosLeftOut } from './photo-limit.ts';
import { convertPhotos } from './photo-pass.ts';
import { removeUnwanted } from './removal-pass.ts';
import { sourceHtml } from './source-html.ts';
import { convertTables } from './table-pass.ts';
import { finishText } from './text-pass.ts';
import { turndownFor } from './turndown-service.ts';

// Invisible characters the checker refuses in a body (check/text-hygiene.ts): never meant by the source.
const CONTROL = /(?![\t\n\r])\p{Cc}|\p{Noncharacter_Code_Point}/gu;

/**
 * A body or fragment of HTML as Broadsheet Markdown. `near` (ISO date of the story) gives credits a year.
 * The tree is prepared in passes (what a story cannot carry removed, tables, embeds, photos, text),
 * then turndown writes the rest. Photo and link addresses are the source's: `rewriteBody` maps them.
 */
export function htmlToMarkdown(html: string, near?: string): { markdown: string; notes: SourceNote[] } {
  const c = newConversion(near);
  const root = parseFragment(shallowSource(sourceHtml(html.replaceAll('\u0000', ''))));
  limitDepth(c, root);
  removeUnwanted(c, root);
  convertTables(c, root);
  convertEmbeds(c, root);
  convertPhotos(c, root);
  finishText(c, root);
  keepWithinBudget(c, root);
  let markdown = turndownFor(c).turndown(root as HTMLElement);
  notePhotosLeftOut(c);
  const controls = markdown.match(CONTROL)?.length ?? 0;
  if (controls) {
    markdown = markdown.replace(CONTROL, '');
    note(c, 'control-character', `${controls} invisible control character${controls > 1 ? 's' : ''} removed`);
  }
  markdown = markdown.replace(/[ \t]+$/gm, '').trim();
  return { markdown: markdown ? `${markdown}\n` : '', notes: c.notes };
}
