import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { matchFigure } from '../markdown/figure-syntax.ts';
import { matchRelatedLine } from '../markdown/related-link-syntax.ts';
import { parseCreditLine } from '../model/credit-line.ts';
import { problem, type Problem } from './problems.ts';
import { codePoint, controlCharLines, MAX_BODY_BYTES } from './text-hygiene.ts';

export interface BodyFacts {
  related: { id: string; label: string; line: number }[];
  figures: { src: string; alt: string; credit?: string | undefined; line: number }[];
  /** Images that are not alone in their paragraph (no figure, no credit). */
  looseImages: { src: string; line: number }[];
  /** Lines holding HTML other than comments, with the first such HTML on each. */
  rawHtml: { line: number; html: string }[];
  /** Links and link definitions whose URL a browser would run or read locally (`javascript:`, `data:` …). */
  unsafeLinks: { url: string; line: number }[];
}

/** Only these schemes may appear in a story's links; anything else is code, data or a local file. */
const SAFE_SCHEME = /^(?:https?|mailto|tel):/i;
// Browsers drop tabs, newlines and leading control characters before reading a scheme, so do the same.
const scheme = (url: string) => url.replace(/[\p{Cc}\s]/gu, '').match(/^[a-z][a-z0-9+.-]*:/i)?.[0];
export const isUnsafeUrl = (url: string) => {
  const s = scheme(url);
  return s !== undefined && !SAFE_SCHEME.test(s);
};
/** HTML comments are editors' notes and are allowed; any other HTML is not. */
const withoutComments = (html: string) => html.replace(/<!--(?:(?!-->)[\s\S])*-->/g, '');
const onlyComments = (html: string) => withoutComments(html).trim() === '';

const parser = unified().use(remarkParse).use(remarkGfm);

/** The body's Markdown tree, by the grammar of the build's Markdown processor. */
export const parseBody = (body: string): Root => parser.parse(body) as Root;

/**
 * Reads the body's tree (`parseBody`: the same Markdown grammar as the build), so the checker finds
 * related links and photos exactly where the renderer will, with lines counted in the whole file.
 * Reads only: the loader renders the same tree afterwards.
 */
export function scanBody(tree: Root, firstLine: number): BodyFacts {
  const lineOf = (n: { position?: { start: { line: number } } | undefined }) => (n.position?.start.line ?? 1) + firstLine - 1;
  const facts: BodyFacts = { related: [], figures: [], looseImages: [], rawHtml: [], unsafeLinks: [] };
  const inFigures = new Set<unknown>();
  visit(tree, (node) => {
    if (node.type === 'paragraph') {
      const related = matchRelatedLine(node);
      if (related) facts.related.push({ ...related, line: lineOf(node) });
      const figure = matchFigure(node);
      if (figure) {
        inFigures.add(figure.image);
        facts.figures.push({ src: figure.image.url, alt: figure.image.alt ?? '', credit: figure.credit, line: lineOf(node) });
      }
    } else if (node.type === 'image' && !inFigures.has(node)) {
      facts.looseImages.push({ src: node.url, line: lineOf(node) });
    } else if (node.type === 'html') {
      // One line of HTML is often several nodes (`<b>`, text, `</b>`): report the line once.
      const line = lineOf(node);
      if (!onlyComments(node.value) && !facts.rawHtml.some((h) => h.line === line))
        facts.rawHtml.push({ line, html: withoutComments(node.value).trim().split('\n')[0]!.slice(0, 80) });
    } else if ((node.type === 'link' || node.type === 'definition') && isUnsafeUrl(node.url)) {
      facts.unsafeLinks.push({ url: node.url, line: lineOf(node) });
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
  for (const c of controlCharLines(body, firstLine))
    out.push(problem('ControlCharacter', at(c.line), { char: codePoint(c.char), place: 'the body' }));
  for (const h of facts.rawHtml) out.push(problem('RawHtml', at(h.line), { html: h.html }));
  for (const l of facts.unsafeLinks) out.push(problem('UnsafeLink', at(l.line), { url: l.url }));
  for (const i of facts.looseImages) out.push(problem('LoosePhoto', at(i.line), { src: i.src }));
  for (const f of facts.figures) {
    if (!f.alt.trim()) out.push(problem('PhotoWithoutAlt', at(f.line)));
    if (f.credit === undefined) out.push(problem('PhotoWithoutCredit', at(f.line)));
    else {
      const credit = parseCreditLine(f.credit);
      if (!credit.ok) out.push(problem('InvalidCreditLine', at(f.line), { detail: credit.message }));
    }
  }
  return out;
}
