import { htmlBlockStart, mayOpenRawHtml } from './html-block.ts';

/**
 * What the Markdown parser can read in good time, checked before it runs. micromark is synchronous
 * and cannot be stopped, and its inline parsing is quadratic in the markers of one paragraph (each
 * unclosed `*`, `_`, `[`, `<!--` or `www.` looks back over the ones before it): `'*a_'.repeat(8000)`,
 * 24 KB, took 15 s, and a single 200 KB paragraph of them never finished. Counting the markers first
 * is linear and bounds the parse: with at most these counts, the worst bodies we could write parsed
 * in under 6 s on a busy 2-core machine (tests/unit/parse-budget.test.ts), like 200 KB of plain prose.
 */

/** Characters and words that open or close inline Markdown: emphasis, strikethrough, links, code, HTML, autolinks. */
const MARKER = /[*_~[\]()<>`@]|www\.|:\/\//g;

/**
 * A long news paragraph with a dozen links and some emphasis holds about a hundred markers, a data
 * table a few hundred (a table is one paragraph here), a real archive's indented HTML table or quoted
 * HTML up to 1,246 (digital.gov, docs/archives.md); past this it is a paste gone wrong. Measured on a
 * quiet 2-core machine, the slowest body at these limits (`www.a_` paragraphs of 2,000 markers up to
 * the body's 20,000) parses in 2.8 s; at 500 a paragraph it was 0.7 s, but real stories were refused.
 */
export const MAX_MARKERS_PER_PARAGRAPH = 2_000;
/** A typical story holds a few hundred; 200 KB of link-dense prose about 16,000. */
export const MAX_MARKERS_PER_BODY = 20_000;
/**
 * Lines of one paragraph, list or table (no blank line between them): a pipe on every line makes each
 * a possible table row, and 51,000 such lines took 29 s; 2,000 is a table longer than any story shows.
 */
export const MAX_LINES_PER_PARAGRAPH = 2_000;
/** Lines outside code blocks: 51,000 one-word list items took 5 s; a 200 KB story of prose has ~3,000. */
export const MAX_LINES_PER_BODY = 20_000;

/**
 * Footnotes written out (`[^1]: …`): each is matched against the calls before it, and 4,000 notes,
 * each called once, took 6 s; news stories have a handful.
 */
export const MAX_FOOTNOTES = 500;
const FOOTNOTE = /^ {0,3}\[\^/;

// At the left margin only: indented, a fence may be inside a list item, which a later line can close.
const FENCE_OPEN = /^(`{3,}|~{3,})(.*)$/;
/** Anything that may open or close a fence in some container: a list item, a quote, an indented one. */
const FENCE_LIKE = /(?:^|[ \t>])(?:`{3,}|~{3,})/;
const FENCE_CLOSE = /^ {0,3}(`{3,}|~{3,})[ \t]*$/;

export interface MarkerExcess {
  /** 1-based line of the body where the paragraph (or, for the body, the line past the limit) starts. */
  line: number;
  count: number;
  limit: number;
  scope: 'one paragraph' | 'the body';
  what: 'markers' | 'lines' | 'footnotes';
}

const markers = (text: string) => text.match(MARKER)?.length ?? 0;

/**
 * The first paragraph (lines between blank lines, outside fenced code and HTML blocks, which are never
 * parsed inline) with more markers than the parser reads in good time, or the body as a whole;
 * undefined when within. Code and HTML are recognised only where no list or quote can hold them (at
 * the left margin, a fence after a blank line), so anything else counts: never fewer than the parser.
 */
export function markerExcess(body: string): MarkerExcess | undefined {
  const lines = body.split('\n');
  let fence: string | undefined;
  let paragraph = { line: 1, markers: 0, lines: 0 };
  const total = { markers: 0, lines: 0, footnotes: 0 };
  const over = (): MarkerExcess | undefined => {
    const { line } = paragraph;
    if (paragraph.markers > MAX_MARKERS_PER_PARAGRAPH)
      return { line, count: paragraph.markers, limit: MAX_MARKERS_PER_PARAGRAPH, scope: 'one paragraph', what: 'markers' };
    if (paragraph.lines > MAX_LINES_PER_PARAGRAPH)
      return { line, count: paragraph.lines, limit: MAX_LINES_PER_PARAGRAPH, scope: 'one paragraph', what: 'lines' };
    return undefined;
  };
  // What the parser never parses inline: a fenced code block, or an HTML block (until a blank line).
  // Both are skipped only while every fence and raw HTML so far was understood: once one was not,
  // where the parser's code blocks begin and end can no longer be told without parsing.
  let html = false;
  let understood = true;
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!;
    if (fence !== undefined) {
      const close = FENCE_CLOSE.exec(text)?.[1];
      if (close && close[0] === fence[0] && close.length >= fence.length) fence = undefined;
      continue;
    }
    const blank = text.trim() === '';
    if (html && !blank) {
      total.lines++;
      continue;
    }
    const open = understood && paragraph.lines === 0 ? FENCE_OPEN.exec(text) : null;
    // A backtick fence's info string holds no backtick: with one, the line is inline code, parsed.
    const isFence = open !== null && !(open[1]!.startsWith('`') && open[2]!.includes('`'));
    if (!isFence && (FENCE_LIKE.test(text) || mayOpenRawHtml(text))) understood = false;
    html = understood && !isFence && htmlBlockStart(text, paragraph.lines === 0);
    if (isFence || html || blank) {
      const excess = over();
      if (excess) return excess;
      paragraph = { line: i + 2, markers: 0, lines: 0 };
      if (isFence) fence = open[1];
      continue;
    }
    const n = markers(text);
    paragraph.markers += n;
    paragraph.lines++;
    total.markers += n;
    total.lines++;
    if (FOOTNOTE.test(text) && ++total.footnotes > MAX_FOOTNOTES)
      return { line: i + 1, count: total.footnotes, limit: MAX_FOOTNOTES, scope: 'the body', what: 'footnotes' };
    const excess = over();
    if (excess) return finish(excess, lines, i);
    if (total.markers > MAX_MARKERS_PER_BODY)
      return { line: i + 1, count: total.markers, limit: MAX_MARKERS_PER_BODY, scope: 'the body', what: 'markers' };
    if (total.lines > MAX_LINES_PER_BODY)
      return { line: i + 1, count: total.lines, limit: MAX_LINES_PER_BODY, scope: 'the body', what: 'lines' };
  }
  return over();
}

/** The paragraph's whole count, so the message says how far over it is: read on to its end. */
function finish(excess: MarkerExcess, lines: readonly string[], from: number): MarkerExcess {
  let count = excess.count;
  for (let i = from + 1; i < lines.length && lines[i]!.trim() !== '' && !FENCE_OPEN.test(lines[i]!); i++)
    count += excess.what === 'lines' ? 1 : markers(lines[i]!);
  return { ...excess, count };
}

/** The words of the problem: what there is too much of, and where. */
export function excessDetail(e: MarkerExcess): string {
  const what = { markers: 'Markdown markers (* _ ~ [ ] ( ) < > ` @ www. ://)', lines: 'lines', footnotes: 'footnotes' }[e.what];
  const limit = e.limit.toLocaleString('en');
  // The body is read only up to the line past its limit: how far past, the message cannot say.
  if (e.scope === 'the body') return `the body has more than ${limit} ${what} (the limit)`;
  return `one paragraph has ${e.count.toLocaleString('en')} ${what}, over the limit of ${limit}`;
}
