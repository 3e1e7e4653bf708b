import type { Paragraph, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { isCreditParagraph, unknownCreditLabel } from '../markdown/credit-syntax.ts';
import { matchEmbed } from '../markdown/embed-syntax.ts';
import { matchFigure } from '../markdown/figure-syntax.ts';
import { storyGrammar } from '../markdown/grammar.ts';
import { bodyUpdates, readUpdate } from '../markdown/live-update-syntax.ts';
import { isDecorative } from '../markdown/photo-syntax.ts';
import type { UpdateSource } from '../model/live-updates.ts';
import { matchRelatedLine } from '../markdown/related-link-syntax.ts';
import { parseCreditLine } from '../model/credit-line.ts';
import type { EmbedFact } from './embeds.ts';
import { markupProblems, scanMarkup, type MarkupFacts } from './body-markup.ts';
import { directiveProblems, scanDirectives, type DirectiveFacts } from './directives.ts';
import { deepestMarkerRun, MAX_NESTING } from './nesting.ts';
import { excessDetail, markerExcess } from './parse-budget.ts';
import { photoCountProblems } from './photo-count.ts';
import { problem, type Problem } from './problems.ts';
import { codePoint, controlCharLines, MAX_BODY_BYTES } from './text-hygiene.ts';

export interface BodyFacts {
  related: { id: string; label: string; line: number }[];
  figures: { src: string; alt: string; title?: string | undefined; credit?: string | undefined; line: number }[];
  /** Photos in a sentence, a table cell or marked decorative: plain images, no caption, no credit. */
  inlinePhotos: { src: string; alt: string; decorative: boolean; line: number }[];
  /** Credit lines the body cannot attach to a photo: an unknown label, or a blank line above. */
  strayCredits?: { line: number; label?: string | undefined; credit?: string | undefined; photoLine?: number | undefined }[];
  /** Embeds at the top level of the body, where the renderer makes them posters (embeds.ts checks them). */
  embeds?: EmbedFact[] | undefined;
  /** Links, raw HTML, headings and nesting (body-markup.ts). */
  markup?: MarkupFacts | undefined;
  /** Fact boxes, pull quotes, embeds and the other directives (directives.ts). */
  directives?: DirectiveFacts | undefined;
  /** A live blog's `:::update` blocks, in file order (check/live.ts reads their times). */
  updates?: UpdateSource[] | undefined;
  /** Why the body was not parsed (parse-budget.ts), at its line in the body. */
  tooComplex?: { line: number; detail: string } | undefined;
}

const parser = storyGrammar();

const unparsed = (data: Root['data']): Root => ({ type: 'root', children: [], data });

/**
 * The body's Markdown tree, by the grammar of the build's Markdown processor; an empty one, marked,
 * for a body the parser would take minutes over (too large, too deeply nested, too many markers: found
 * by linear scans first) or whose nesting overflows its stack. scanBody and bodyProblems report them.
 */
export function parseBody(body: string): Root {
  // bodyProblems reports the size: parsing a 50 MB body first took 113 s and 775 MB.
  if (Buffer.byteLength(body) > MAX_BODY_BYTES) return unparsed({});
  const run = deepestMarkerRun(body);
  if (run.depth > MAX_NESTING) return unparsed({ tooDeep: run });
  const excess = markerExcess(body);
  if (excess) return unparsed({ tooComplex: { line: excess.line, detail: excessDetail(excess) } });
  let tree: Root;
  try {
    tree = parser.parse(body) as Root;
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return unparsed({ tooComplex: { line: 1, detail: 'its nesting runs deeper than the parser can follow' } });
  }
  // Raw HTML's lines are counted in the text it came from (body-markup.ts).
  tree.data = { ...tree.data, source: body };
  return tree;
}

/**
 * Reads the body's tree (`parseBody`: the same Markdown grammar as the build), so the checker finds
 * related links and photos exactly where the renderer will, with lines counted in the whole file.
 * Reads only: the loader renders the same tree afterwards.
 */
export function scanBody(tree: Root, firstLine: number): BodyFacts {
  const lineOf = (n: { position?: { start: { line: number } } | undefined }) => (n.position?.start.line ?? 1) + firstLine - 1;
  const facts: BodyFacts = { related: [], figures: [], inlinePhotos: [] };
  const unread = tree.data?.tooComplex;
  if (unread) return { ...facts, tooComplex: { ...unread, line: unread.line + firstLine - 1 } };
  const updates = bodyUpdates(tree).map((node) => ({ ...readUpdate(node), line: lineOf(node) }));
  if (updates.length) facts.updates = updates;
  facts.markup = scanMarkup(tree, (line) => (line ?? 1) + firstLine - 1);
  facts.directives = scanDirectives(tree, (line) => (line ?? 1) + firstLine - 1);
  for (const node of tree.children) {
    const embed = matchEmbed(node);
    if (embed)
      (facts.embeds ??= []).push({ url: embed.url, line: lineOf(node), ...(embed.unknown ? { unknown: embed.unknown } : {}) });
  }
  const inFigures = new Set<unknown>();
  visit(tree, (node, index, parent) => {
    if (node.type === 'paragraph') {
      const before = index === undefined ? undefined : parent?.children[index - 1];
      const stray = strayCredit(node, before);
      const photoLine = stray?.credit !== undefined && before ? lineOf(before) : undefined;
      if (stray) (facts.strayCredits ??= []).push({ ...stray, photoLine, line: lineOf(node) });
      const related = matchRelatedLine(node);
      if (related) facts.related.push({ ...related, line: lineOf(node) });
      const figure = matchFigure(node);
      if (figure) {
        inFigures.add(figure.image);
        const { url: src, alt, title } = figure.image;
        facts.figures.push({ src, alt: alt ?? '', title: title ?? undefined, credit: figure.credit, line: lineOf(node) });
      }
    } else if (node.type === 'image' && !inFigures.has(node)) {
      facts.inlinePhotos.push({ src: node.url, alt: node.alt ?? '', decorative: isDecorative(node), line: lineOf(node) });
    }
  });
  return facts;
}

/** What is wrong with the Markdown itself; photo files are checked separately. */
export function bodyProblems(file: string, body: string, firstLine: number, facts: BodyFacts): Problem[] {
  const out: Problem[] = [];
  const at = (line: number) => ({ file, line });
  const bytes = Buffer.byteLength(body);
  if (body.trim() === '') out.push(problem('EmptyBody', at(firstLine)));
  if (bytes > MAX_BODY_BYTES) {
    const line = firstLine + (/^\s*/.exec(body)?.[0].split('\n').length ?? 1) - 1;
    out.push(problem('BodyTooLarge', at(line), { kb: Math.round(bytes / 1024), limit: MAX_BODY_BYTES / 1024 }));
  }
  if (facts.tooComplex) out.push(problem('MarkdownTooComplex', at(facts.tooComplex.line), { detail: facts.tooComplex.detail }));
  out.push(...photoCountProblems(facts, file));
  for (const c of controlCharLines(body, firstLine))
    out.push(problem('ControlCharacter', at(c.line), { char: codePoint(c.char), place: 'the body' }));
  out.push(...markupProblems(facts.markup, at));
  out.push(...directiveProblems(facts.directives, at));
  for (const i of facts.inlinePhotos) {
    if (i.decorative && i.alt.trim()) out.push(problem('DecorativePhotoWithAlt', at(i.line), { alt: i.alt }));
    if (!i.decorative && !i.alt.trim()) out.push(problem('PhotoWithoutAlt', at(i.line), { src: i.src }));
  }
  for (const s of facts.strayCredits ?? []) {
    if (s.label !== undefined) out.push(problem('UnknownCreditLabel', at(s.line + 1), { label: s.label }));
    else out.push(problem('CreditApartFromPhoto', at(s.line), { credit: s.credit ?? '' }));
  }
  for (const f of facts.figures) {
    if (!f.alt.trim()) out.push(problem('PhotoWithoutAlt', at(f.line), { src: f.src }));
    // A credit a blank line below is reported as such: the fix is the blank line, not a new credit.
    const apart = facts.strayCredits?.some((s) => s.photoLine === f.line);
    if (f.credit === undefined) {
      if (!apart) out.push(problem('PhotoWithoutCredit', at(f.line)));
    } else {
      const credit = parseCreditLine(f.credit);
      if (!credit.ok) out.push(problem('InvalidCreditLine', at(f.line), { detail: credit.message }));
    }
  }
  return out;
}

/** A credit line the renderer would publish as text, not as the credit of the photo it belongs to. */
function strayCredit(node: Paragraph, before: RootContent | undefined): { label?: string; credit?: string } | undefined {
  const label = unknownCreditLabel(node);
  if (label !== undefined) return { label };
  const above = before?.type === 'paragraph' ? matchFigure(before) : undefined;
  if (above && above.credit === undefined && isCreditParagraph(node)) return { credit: toString(node).trim() };
  return undefined;
}

declare module 'mdast' {
  interface RootData {
    /** Set by parseBody for a body it did not parse: why, and where in the body. */
    tooComplex?: { line: number; detail: string };
  }
}
