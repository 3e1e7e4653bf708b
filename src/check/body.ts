import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { matchFigure } from '../markdown/figure-syntax.ts';
import { matchRelatedLine } from '../markdown/related-link-syntax.ts';
import { parseCreditLine } from '../model/credit-line.ts';
import { codePoint, CONTROL_HINT, controlCharLines, MAX_BODY_BYTES } from './text-hygiene.ts';

export interface BodyFacts {
  related: { id: string; label: string; line: number }[];
  figures: { src: string; alt: string; credit?: string | undefined; line: number }[];
  /** Images that are not alone in their paragraph (no figure, no credit). */
  looseImages: { src: string; line: number }[];
  rawHtml: { line: number }[];
  /** Links and link definitions whose URL a browser would run or read locally (`javascript:`, `data:` …). */
  unsafeLinks: { url: string; line: number }[];
  words: number;
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
const onlyComments = (html: string) => html.replace(/<!--(?:(?!-->)[\s\S])*-->/g, '').trim() === '';

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
  const facts: BodyFacts = { related: [], figures: [], looseImages: [], rawHtml: [], unsafeLinks: [], words: 0 };
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
      if (!onlyComments(node.value) && !facts.rawHtml.some((h) => h.line === line)) facts.rawHtml.push({ line });
    } else if ((node.type === 'link' || node.type === 'definition') && isUnsafeUrl(node.url)) {
      facts.unsafeLinks.push({ url: node.url, line: lineOf(node) });
    } else if (node.type === 'text') {
      facts.words += node.value.split(/\s+/).filter(Boolean).length;
    }
  });
  return facts;
}

export interface BodyProblem {
  line: number;
  message: string;
  hint: string;
  severity: 'error' | 'warning';
}

/** What is wrong with the Markdown itself; photo files are checked separately. */
export function bodyProblems(body: string, firstLine: number, facts: BodyFacts): BodyProblem[] {
  const out: BodyProblem[] = [];
  const add = (line: number, message: string, hint: string, severity: BodyProblem['severity'] = 'error') =>
    out.push({ line, message, hint, severity });
  const bytes = Buffer.byteLength(body);
  if (body.trim() === '') add(firstLine, 'the article has no body text', 'write the story below the closing `---`');
  if (bytes > MAX_BODY_BYTES)
    add(
      firstLine + (/^\s*/.exec(body)?.[0].split('\n').length ?? 1) - 1,
      `the body is ${Math.round(bytes / 1024)} KB, over the ${MAX_BODY_BYTES / 1024} KB limit`,
      'check for a pasted document or data; split a very long story into parts',
    );
  for (const c of controlCharLines(body, firstLine))
    add(c.line, `invisible control character ${codePoint(c.char)}`, CONTROL_HINT);
  for (const h of facts.rawHtml)
    add(h.line, 'raw HTML is not allowed in articles', 'use Markdown instead; HTML comments <!-- --> are fine');
  for (const l of facts.unsafeLinks)
    add(
      l.line,
      `the link "${l.url.slice(0, 60)}" is not a web address`,
      'link to a page starting with https:// or / (this site)',
    );
  for (const i of facts.looseImages)
    add(
      i.line,
      'a photo must stand alone in its paragraph',
      'put a blank line before and after the image (and its Credit: line)',
    );
  for (const f of facts.figures) {
    if (!f.alt.trim()) add(f.line, 'the photo has no alt text', 'describe it inside the brackets: ![what the photo shows](…)');
    if (f.credit === undefined)
      add(
        f.line,
        'the photo has no credit',
        'add a line `Credit: Agency – PLACE – Mon D, YYYY — Photo by Name` under it',
        'warning',
      );
    else {
      const credit = parseCreditLine(f.credit);
      if (!credit.ok)
        add(f.line, `photo credit: ${credit.message}`, 'see "Credits" in docs/editing.md for the forms agencies use');
    }
  }
  return out;
}
