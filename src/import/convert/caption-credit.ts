import { formatCredit, parseCreditLine } from '../../model/credit-line.ts';
import type { SourceNote } from '../source.ts';
import { creditCandidates } from './credit-forms.ts';
import { plainText } from './html-text.ts';

const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The answer, with no key for what was not found (`caption?: string`, not `string | undefined`). */
function answer(caption: string | undefined, credit?: string, notes: SourceNote[] = []) {
  const text = flat(caption ?? '');
  return { ...(text ? { caption: text } : {}), ...(credit ? { credit } : {}), notes };
}

/**
 * Splits a caption (plain text or inline HTML) into caption text and a credit line our parser accepts.
 * The credit is kept as written (a label dropped: `Credit: ` starts the line it goes on), except
 * for the wire form that carries the caption inside it: that is written back as "Agency – PLACE –
 * date — Photo by Name", its caption moved to the caption. Credit-looking text the parser refuses
 * stays in the caption, with a note `unparsed-credit`. `near` (the story's ISO day) gives a year
 * to a date written without one.
 */
export function captionAndCredit(caption: string, near?: string): { caption?: string; credit?: string; notes: SourceNote[] } {
  const text = plainText(caption, true);
  const candidates = creditCandidates(text);
  for (const found of candidates) {
    const parsed = parseCreditLine(found.credit, near);
    if (!parsed.ok) continue;
    const credit = flat(found.credit).replace(/\.$/, '');
    if (!parsed.value.caption || parsed.value.copyright) return answer(found.caption, credit);
    const { caption: inside, ...parts } = parsed.value;
    const written = formatCredit(parts);
    // The short form must read back as a credit, or the credit stays as written.
    if (!parseCreditLine(written, near).ok) return answer(found.caption, credit);
    return answer(`${inside} ${found.caption}`, written);
  }
  const first = candidates[0];
  if (!first) return answer(text);
  const why = parseCreditLine(first.credit, near);
  const detail = `"${flat(first.credit)}" left in the caption${why.ok ? '' : ` (${why.message})`}`;
  return answer(text, undefined, [{ kind: 'unparsed-credit', detail }]);
}
