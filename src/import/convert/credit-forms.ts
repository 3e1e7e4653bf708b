import { isAgency } from '../../model/credit-names.ts';
import { CREDIT_LABEL, UNLABELLED_CREDIT } from '../../model/credit-line.ts';

/** A caption split where a credit seems to start; `credit` is still to be parsed. */
export interface FoundCredit {
  caption: string;
  credit: string;
}

// What opens a credit inside a caption: a label, a byline, a copyright notice, a courtesy line.
const OPENER =
  '(?:(?:credit|photo(?:graph)?|picture|image)s?\\s*:|(?:(?:staff|file|handout)\\s+)?photo(?:graph)?\\s+by\\b|©|\\(c\\)\\s|copyright\\b|(?:(?:photo|image|picture)s?\\s+)?courtesy\\b)';
const LEADING = new RegExp(`^${OPENER}`, 'i');
/** A credit closing the caption after a sentence, a dash or a bar: `… quay. Photo: Ada Brennan`. */
const TRAILING = new RegExp(`(?:(?<=[.!?"”’)])\\s+|\\s+[–—-]\\s+|\\s*[|\\n]\\s*)(${OPENER}.*)$`, 'i');
/** A credit in brackets closing the caption: `(Photo: Ada Brennan)`, `(Ada Brennan/Northwire Photo)`. */
const BRACKETED = /\s*[([]([^()[\]]+)[)\]]\s*\.?$/;
// "Ada Brennan/Northwire Photo": a few capitalised words on each side of a slash.
const NAME = "\\p{Lu}[\\p{L}\\p{M}.'’&-]*(?:\\s+(?:\\p{Lu}[\\p{L}\\p{M}.'’&-]*|of|de|van|von|for|via))*";
const WIRE = new RegExp(`^${NAME}\\s*/\\s*${NAME}(?:\\s*/\\s*${NAME})?$`, 'u');
/** The last sentence of a caption, after its closing punctuation or a dash. */
const LAST_PART = /(?:(?<=[.!?"”’])\s+|\s+[–—]\s+|\s*\n\s*)([^.!?–—\n]+?)\.?$/;
/** The end of a sentence: not after an initial ("A. Brennan"). */
const SENTENCE_END = /(?<=\p{Ll}{2}|\d)[.!?]\s+(?=\p{Lu})/u;

const looksLikeCredit = (s: string) => LEADING.test(s) || UNLABELLED_CREDIT.test(s) || WIRE.test(s) || isAgency(s);

// A label says nothing the credit line does not say itself: "(Photo: Ada Brennan)" credits "Ada Brennan".
const unlabelled = (credit: string) => credit.replace(CREDIT_LABEL, '').trim();

const tidy = (caption: string) => caption.replace(/\s*[–—|/-]\s*$/, '').trim();

/**
 * Where a credit may sit in caption text, most likely first, in the forms newsrooms write: the
 * caption opening with a credit (the wire form "Credit: Agency – PLACE – date: caption — Photo by
 * Name" among them), a labelled or bylined credit at its end, one in brackets, or a wire credit
 * (`Name/Agency`) as its last sentence. Empty when nothing in it reads like a credit.
 */
export function creditCandidates(text: string): FoundCredit[] {
  const out: FoundCredit[] = [];
  if (looksLikeCredit(text)) {
    const end = SENTENCE_END.exec(text);
    if (end) out.push({ credit: unlabelled(text.slice(0, end.index)), caption: text.slice(end.index + 1).trim() });
    out.push({ credit: unlabelled(text), caption: '' });
  }
  const bracketed = BRACKETED.exec(text);
  if (bracketed && looksLikeCredit(bracketed[1]!.trim())) {
    out.push({ caption: tidy(text.slice(0, bracketed.index)), credit: unlabelled(bracketed[1]!.trim()) });
  }
  const trailing = TRAILING.exec(text);
  if (trailing) out.push({ caption: tidy(text.slice(0, trailing.index)), credit: unlabelled(trailing[1]!.trim()) });
  const last = LAST_PART.exec(text);
  if (last && (WIRE.test(last[1]!.trim()) || isAgency(last[1]!.trim()))) {
    out.push({ caption: tidy(text.slice(0, last.index)), credit: last[1]!.trim() });
  }
  return out.filter((c) => c.credit);
}
