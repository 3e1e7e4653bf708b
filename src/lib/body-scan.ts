import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { matchFigure } from '../plugins/figure-syntax.ts';
import { matchRelatedLine } from '../plugins/related-link-syntax.ts';

export interface BodyFacts {
  related: { id: string; label: string; line: number }[];
  figures: { src: string; alt: string; credit?: string | undefined; line: number }[];
  /** Images that are not alone in their paragraph (no figure, no credit). */
  looseImages: { src: string; line: number }[];
  rawHtml: { line: number }[];
  words: number;
}

const parser = unified().use(remarkParse).use(remarkGfm);

/**
 * Reads the body with the same Markdown grammar as the build, so the checker finds related
 * links and photos exactly where the renderer will, with lines counted in the whole file.
 */
export function scanBody(body: string, firstLine: number): BodyFacts {
  const tree = parser.parse(body) as Root;
  const lineOf = (n: { position?: { start: { line: number } } | undefined }) => (n.position?.start.line ?? 1) + firstLine - 1;
  const facts: BodyFacts = { related: [], figures: [], looseImages: [], rawHtml: [], words: 0 };
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
      facts.rawHtml.push({ line: lineOf(node) });
    } else if (node.type === 'text') {
      facts.words += node.value.split(/\s+/).filter(Boolean).length;
    }
  });
  return facts;
}
