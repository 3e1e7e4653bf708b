import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit, SKIP } from 'unist-util-visit';
import { isUnsafeUrl, looksLikeBareDomain, parseLinkUrl } from '../markdown/link-url.ts';
import { droppedHtml } from '../markdown/raw-html-report.ts';
import { matchRelatedLine, STRAY_RELATED } from '../markdown/related-link-syntax.ts';
import { deepestContainer, htmlNesting, MAX_HTML_NESTING, MAX_NESTING } from './nesting.ts';
import { problem, type Problem, type Where } from './problems.ts';

/** What a body's links, HTML and structure hold that the checker judges (lines are the file's). */
export interface MarkupFacts {
  /** Links this site may own (relative, or absolute http/https): checked against its pages once all files are read. */
  siteLinks: { url: string; line: number }[];
  /** One entry per problem found in the body alone, worded by the catalogue. */
  found: { kind: MarkupKind; line: number; values: Record<string, unknown> }[];
}

type MarkupKind =
  | 'UnsafeLink'
  | 'InvalidLinkUrl'
  | 'LinkWithoutScheme'
  | 'EmptyLink'
  | 'StrayRelatedLink'
  | 'DemotedHeading'
  | 'TooDeeplyNested'
  | 'RawHtml';

/** Only to tell whether a URL parses at all: a real page's address is used when links are resolved. */
const ANY_PAGE = 'https://example.invalid/section/story/';

// `mailto:` and `tel:` are nobody's page; `#part` is a place on the same page.
const mayBeThisSite = (url: string) => !url.startsWith('#') && /^(?:https?:|(?![a-z][a-z0-9+.-]*:))/i.test(url);

/** Reads links, raw HTML, headings, `[[…]]` and nesting; `lineOf` gives a node's line in the file. */
export function scanMarkup(tree: Root, lineOf: (line: number | undefined) => number): MarkupFacts {
  const facts: MarkupFacts = { siteLinks: [], found: [] };
  const add = (kind: MarkupKind, line: number | undefined, values: Record<string, unknown> = {}) =>
    facts.found.push({ kind, line: lineOf(line), values });
  const deep = tree.data?.tooDeep ?? deepestContainer(tree);
  if (deep.depth > MAX_NESTING) {
    add('TooDeeplyNested', deep.line, { depth: deep.depth, limit: MAX_NESTING });
    return facts;
  }
  const html: string[] = [];
  visit(tree, (node) => {
    const line = node.position?.start.line;
    if (node.type === 'html') html.push(node.value);
    else if (node.type === 'heading' && node.depth === 1) add('DemotedHeading', line, { heading: `# ${toString(node)}` });
    else if (node.type === 'paragraph' && matchRelatedLine(node)) return SKIP;
    else if (node.type === 'text')
      for (const m of node.value.matchAll(STRAY_RELATED)) add('StrayRelatedLink', line, { text: m[0] });
    else if (node.type === 'link' || node.type === 'definition') {
      const url = node.url;
      if (node.type === 'link' && !toString(node).trim() && !node.children.some((c) => c.type === 'image'))
        add('EmptyLink', line, { url });
      if (isUnsafeUrl(url)) add('UnsafeLink', line, { url });
      else if (!parseLinkUrl(url, ANY_PAGE)) add('InvalidLinkUrl', line, { url });
      else if (looksLikeBareDomain(url)) add('LinkWithoutScheme', line, { url });
      else if (mayBeThisSite(url)) facts.siteLinks.push({ url, line: lineOf(line) });
    }
    return undefined;
  });
  const htmlDepth = htmlNesting(html);
  if (htmlDepth > MAX_HTML_NESTING) add('TooDeeplyNested', undefined, { depth: htmlDepth, limit: MAX_HTML_NESTING });
  else {
    const byLine = new Map<number | undefined, string[]>();
    for (const d of droppedHtml(tree, tree.data?.source)) byLine.set(d.line, [...(byLine.get(d.line) ?? []), d.what]);
    for (const [line, what] of byLine) add('RawHtml', line, { html: [...new Set(what)].join(', ') });
  }
  return facts;
}

/** The catalogue's problems for what `scanMarkup` found. */
export function markupProblems(facts: MarkupFacts | undefined, at: (line: number) => Where): Problem[] {
  return (facts?.found ?? []).map((f) => problem(f.kind, at(f.line), f.values as never));
}

declare module 'mdast' {
  interface RootData {
    /** Set by the checker's parse when a line opens too many lists or quotes to parse at all. */
    tooDeep?: { depth: number; line: number };
    /** The Markdown the tree was parsed from, so raw HTML inside it has its lines. */
    source?: string;
  }
}
