import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { parseBody, scanBody } from '../../src/check/body.ts';
import {
  MAX_FOOTNOTES,
  MAX_LINES_PER_PARAGRAPH,
  MAX_MARKERS_PER_BODY,
  MAX_MARKERS_PER_PARAGRAPH,
  markerExcess,
} from '../../src/check/parse-budget.ts';
import { storyRenderer } from '../../src/markdown/render.ts';

/**
 * Each pattern once made the Markdown parser quadratic (or worse) in one paragraph. The bodies below
 * hold as many of them as the limits let through, so they are the slowest bodies the checker parses
 * and the build renders: measured at 0.1–1.6 s to parse and under 0.6 s to render each on a busy
 * 2-core machine. The bound is generous; what it catches is minutes.
 */
const PATTERNS = {
  'emphasis openers and closers': '*a_',
  'underscores then stars': '_a*',
  'nested strong and emphasis': '*a **a ',
  'runs of three': 'a***b* ',
  'brackets and parentheses': '[ (](',
  'unclosed HTML comments': 'a <!-- ',
  'unclosed links': '[a](',
  'autolinks with underscores': 'www.a_',
  'e-mail autolinks': 'a@b.',
  'unmatched closers': 'a* ',
  'unclosed angle links': '[a](<b',
  strikethrough: '~a_',
  backticks: 'a`',
  'web addresses': 'http://a_',
};
const SECONDS = 20;
const count = (unit: string) => unit.match(/[*_~[\]()<>`@]|www\.|:\/\//g)?.length ?? 0;

/** Paragraphs of `unit` at the paragraph limit, up to the body's limit (within 200 KB). */
function atTheLimits(unit: string): string {
  const perParagraph = Math.floor(MAX_MARKERS_PER_PARAGRAPH / count(unit));
  const paragraphs = Math.floor(MAX_MARKERS_PER_BODY / (perParagraph * count(unit)));
  return `${unit.repeat(perParagraph)}\n\n`.repeat(paragraphs);
}

const seconds = async (work: () => unknown) => {
  const started = performance.now();
  await work();
  return (performance.now() - started) / 1000;
};

describe('the parse budget: bodies the parser would take minutes over are refused before it runs', () => {
  const renderer = storyRenderer('https://example.org');
  it.each(Object.entries(PATTERNS))('%s at the limits: parsed and rendered in bounded time', async (_, unit) => {
    const body = atTheLimits(unit);
    expect(markerExcess(body)).toBeUndefined();
    let tree: Root = { type: 'root', children: [] };
    expect(await seconds(() => (tree = parseBody(body)))).toBeLessThan(SECONDS);
    expect(tree.children.length).toBeGreaterThan(0);
    expect(await seconds(() => renderer.render(tree, {}, 'story.md'))).toBeLessThan(SECONDS);
  });

  it.each(Object.entries(PATTERNS))('%s past the limit of one paragraph: refused, with its line', (_, unit) => {
    // Far past the paragraph's limit, still within the body's: a paragraph the parser would be slow over.
    const body = `Intro.\n\n${unit.repeat(Math.ceil((MAX_MARKERS_PER_PARAGRAPH + 1) / count(unit)) * 8)}\n`;
    const started = performance.now();
    const tree = parseBody(body);
    expect((performance.now() - started) / 1000).toBeLessThan(1);
    expect(tree.children).toEqual([]);
    const facts = scanBody(tree, 10);
    expect(facts.tooComplex?.line).toBe(12);
    expect(facts.tooComplex?.detail).toMatch(/^one paragraph has [\d,]+ Markdown markers .*, over the limit of 2,000$/);
  });

  it('counts the whole body too, and long paragraphs and footnotes', () => {
    expect(markerExcess('[a](b) '.repeat(100).concat('\n\n').repeat(60))).toMatchObject({ scope: 'the body', what: 'markers' });
    expect(markerExcess('|a|\n'.repeat(MAX_LINES_PER_PARAGRAPH + 1))).toMatchObject({ scope: 'one paragraph', what: 'lines' });
    const notes = Array.from({ length: MAX_FOOTNOTES + 1 }, (_, i) => `Text.[^${i}]\n\n[^${i}]: A note.`).join('\n\n');
    expect(markerExcess(notes)).toMatchObject({ scope: 'the body', what: 'footnotes', limit: MAX_FOOTNOTES });
  });

  it('does not count code between fences, which is never parsed inline', () => {
    const code = `\`\`\`js\n${'const a = [1, 2].map((x) => x * 2); // <b>\n'.repeat(400)}\`\`\`\n`;
    expect(markerExcess(`Before.\n\n${code}\nAfter.\n`)).toBeUndefined();
    // A backtick in the info string makes the line inline code, not a fence: its lines are counted.
    expect(markerExcess(`\`\`\` a\`b\n${'[a]('.repeat(MAX_MARKERS_PER_PARAGRAPH)}\n`)).toMatchObject({ scope: 'one paragraph' });
    // An unclosed fence runs to the end of the body, as in the parser.
    expect(markerExcess(`~~~\n${'[a]('.repeat(1000)}\n`)).toBeUndefined();
  });

  it('does not count raw HTML blocks at the left margin, which are never parsed inline either', () => {
    const row = '<tr><td><a href="https://www.agency.example/open_data_(2012)">Open data</a></td></tr>';
    const table = `Agencies:\n\n<table>\n${`${row}\n`.repeat(300)}</table>\n\nAfter.\n`;
    expect(markerExcess(table)).toBeUndefined();
    expect(parseBody(table).children.map((c) => c.type)).toEqual(['paragraph', 'html', 'paragraph']);
  });

  // Each body hides a paragraph the parser reads inline behind something that looks like code or HTML.
  const stars = '*a_'.repeat(MAX_MARKERS_PER_PARAGRAPH);
  it.each([
    ['a fence that closes a paragraph', `Text.\n\`\`\`\ncode\n\n\`\`\`\n${stars}\n`],
    ['a fence inside a list item', `- item\n\n  \`\`\`\n${stars}\n`],
    ['a fence inside a quote', `> \`\`\`\n>\n\`\`\`\n${stars}\n`],
    ['a fence inside raw HTML', `<pre>\n\`\`\`\n</pre>\n${stars}\n`],
    ['an HTML block inside a comment', `<!--\n<div>\n-->\n${stars}\n`],
    ['an indented HTML block holding a fence', ` <div>\n\`\`\`\n\n${stars}\n`],
    ['an HTML block in a list item', `- <div>\n${stars}\n`],
    ['a tag that cannot interrupt a paragraph', `Text\n<span>\n${stars}\n`],
  ])('counts what %s may hide', (_, body) => {
    expect(markerExcess(body)).toMatchObject({ scope: 'one paragraph', what: 'markers' });
  });

  it('names a body too large to parse without parsing it', async () => {
    const body = 'word '.repeat(60_000);
    expect(await seconds(() => parseBody(body))).toBeLessThan(1);
    expect(parseBody(body).children).toEqual([]);
  });
});
