import { describe, expect, it, vi } from 'vitest';

/**
 * No body under the parse budget's limits was found that overflows the parser's stack, but should
 * one (a new construct, a smaller stack), the checker names the file instead of crashing with
 * "Maximum call stack size exceeded" and no file: the parser is replaced by one that overflows.
 */
vi.mock('unified', () => ({
  unified: () => {
    const processor = {
      use: () => processor,
      freeze: () => processor,
      parse: () => {
        throw new RangeError('Maximum call stack size exceeded');
      },
    };
    return processor;
  },
}));

describe('a body that overflows the Markdown parser', () => {
  it('is a problem of its own, at the first line of the body', async () => {
    const { bodyProblems, parseBody, scanBody } = await import('../../src/check/body.ts');
    const tree = parseBody('Some text.\n');
    expect(tree.children).toEqual([]);
    const facts = scanBody(tree, 9);
    const problems = bodyProblems('content/articles/deep.md', 'Some text.\n', 9, facts);
    expect(problems).toEqual([
      expect.objectContaining({
        kind: 'MarkdownTooComplex',
        line: 9,
        message: 'the body is too complex for the Markdown parser: its nesting runs deeper than the parser can follow',
      }),
    ]);
  });
});
