import { describe, expect, it } from 'vitest';
import { ContentError, type Problem } from '../../src/check/problems.ts';

const problem: Problem = {
  kind: 'LinkWithoutScheme',
  severity: 'error',
  file: 'content/articles/news/window.md',
  line: 9,
  message: 'the link "www.document.gov/window" has no https://, so it would point inside this site',
  hint: 'write https://www.document.gov/window',
};

describe('the error a build stops with', () => {
  it('carries the whole report, and no stack that would make it look like a crash', () => {
    const error = new ContentError([problem]);
    expect(error.message).toContain('window.md:9');
    expect(error.stack).toBe('');
  });

  it('names no words of the report where Astro guesses hints (a "document" there gets a browser-code hint)', () => {
    expect(String(new ContentError([problem]))).toBe('ContentError: 1 content error(s)');
  });
});
