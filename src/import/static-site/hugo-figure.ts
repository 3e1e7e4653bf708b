import { CREDIT_LABEL, parseCreditLine } from '../../model/credit-line.ts';
import type { SourceNote } from '../source.ts';
import { altText, destination, linkTitle } from './body-text.ts';
import type { ShortcodeParams } from './shortcode-scan.ts';

/**
 * Hugo's `figure` shortcode as Broadsheet's in-body photo: the image alone in its paragraph, its
 * caption as the title, and on the next line `Credit: …` when the figure names one (`attr`, or
 * `credit` as some themes call it). The source's photo path is kept as written: the importer finds
 * and copies the file. A credit our parser cannot read stays in the caption, so nothing is lost and
 * the checker never meets a credit it refuses.
 */
export function figureMarkdown(params: ShortcodeParams, near: string | undefined, notes: SourceNote[]): string | undefined {
  const p = params.named;
  const src = p['src'] ?? params.positional[0];
  if (!src) return undefined;
  let caption = [p['title'], p['caption']]
    .map((part) => (part ? plain(part) : ''))
    .filter(Boolean)
    .reduce((joined, part) => (joined ? `${/[.!?:]$/.test(joined) ? joined : `${joined}.`} ${part}` : part), '');
  // Alt text from the caption, when the figure has none, never from a credit kept in it.
  let alt = p['alt']?.trim() || caption;
  let credit = (p['attr'] ?? p['credit'])?.replace(CREDIT_LABEL, '').trim();
  if (credit && !parseCreditLine(credit, near).ok) {
    notes.push({ kind: 'unparsed-credit', detail: `figure ${src}: credit "${credit}" kept in the caption` });
    caption = caption ? `${caption} (${credit})` : credit;
    credit = undefined;
  }
  let title = caption;
  if (!alt) {
    // An empty alt must be said on purpose: Broadsheet reads "decorative" as that.
    const dropped = credit ? `; its credit "${credit}" is dropped` : '';
    notes.push({ kind: 'photo-without-alt', detail: `figure ${src} has no alt text or caption: marked decorative${dropped}` });
    title = 'decorative';
    alt = '';
  }
  const image = `![${altText(alt)}](${destination(src)}${title ? ` ${linkTitle(title)}` : ''})`;
  const linked = p['link'] ? `[${image}](${destination(p['link'])})` : image;
  return credit && title !== 'decorative' ? `${linked}\nCredit: ${credit}` : linked;
}

/** Caption Markdown as plain text: links keep their words, emphasis marks go. */
function plain(markdown: string): string {
  return markdown
    .replace(/<[^>]+>/g, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(?<!\w)(\*\*|__|\*|_)(\S(?:.*?\S)?)\1(?!\w)/g, '$2')
    .replace(/\s+/g, ' ')
    .trim();
}
