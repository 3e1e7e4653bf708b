import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlToMarkdown } from '../../src/import/convert/html-to-markdown.ts';
import { rewriteBody } from '../../src/import/convert/rewrite-body.ts';
import { problemsIn } from '../helpers/body-problems.ts';
import { renderMarkdown } from '../helpers/markdown.ts';

const root = join(import.meta.dirname, '..', 'fixtures', 'import', 'convert');
const cases = readdirSync(root).sort();
/** The day the fixtures' stories are dated: credits without a year take theirs from it. */
const NEAR = '2026-11-04';

/** The expected file, or, with UPDATE=1 (or when it is missing), the actual one written in its place. */
function expectFile(path: string, actual: string) {
  if (process.env['UPDATE'] || !existsSync(path)) writeFileSync(path, actual);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

// Each folder holds input.html, the expected output.md and the report's notes.txt; UPDATE=1 rewrites the expectations.
describe('HTML to Markdown fixtures', () => {
  for (const name of cases) {
    it(name, () => {
      const { markdown, notes } = htmlToMarkdown(readFileSync(join(root, name, 'input.html'), 'utf8'), NEAR);
      expectFile(join(root, name, 'output.md'), markdown);
      expectFile(join(root, name, 'notes.txt'), notes.map((n) => `${n.kind}: ${n.detail}\n`).join(''));
    });
  }
});

describe('every converted body', () => {
  for (const name of cases) {
    it(`${name} passes the body check with no error and renders`, async () => {
      const markdown = readFileSync(join(root, name, 'output.md'), 'utf8');
      const errors = problemsIn(markdown).filter((p) => p.severity === 'error');
      expect(errors.map((p) => `${p.kind}@${p.line}: ${p.message}`)).toEqual([]);
      await expect(renderMarkdown(markdown)).resolves.toBeTypeOf('string');
    });
  }

  it('stays byte for byte through rewriteBody when nothing moves, and error-free when every photo is missing', () => {
    for (const name of cases) {
      const markdown = readFileSync(join(root, name, 'output.md'), 'utf8');
      const same = rewriteBody(markdown, { link: () => undefined, photo: (url) => url, storyId: () => undefined });
      expect(same.markdown, name).toBe(markdown);
      const gone = rewriteBody(markdown, {
        link: () => '/city/other-story/',
        photo: () => undefined,
        storyId: () => 'other-story',
      });
      expect(
        problemsIn(gone.markdown).filter((p) => p.severity === 'error' && p.kind !== 'UnknownStory'),
        name,
      ).toEqual([]);
    }
  });

  it('leaves the checker few warnings: only photos whose source gave no credit', () => {
    const warnings = cases.flatMap((name) =>
      problemsIn(readFileSync(join(root, name, 'output.md'), 'utf8'))
        .filter((p) => p.severity === 'warning')
        .map((p) => p.kind),
    );
    expect(new Set(warnings)).toEqual(new Set(['PhotoWithoutCredit']));
  });
});
