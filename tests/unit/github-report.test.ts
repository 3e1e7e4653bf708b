import { describe, expect, it } from 'vitest';
import { githubAnnotations, githubSummary } from '../../src/check/github-report.ts';
import { problem } from '../../src/check/problems.ts';

const where = { file: 'content/articles/city/a,b.md', line: 4, field: 'section' };
const unknown = problem('UnknownSection', where, { value: 'sports', sections: 'politics, city' });

// What an editor who saved from /admin/ sees on the pull request: the checker's own words, on the line.
describe('the check on a pull request', () => {
  it('annotates each problem on its file and line, with the fix, escaped as GitHub reads it', () => {
    const [line] = githubAnnotations([unknown]);
    expect(line).toMatch(/^::error file=content\/articles\/city\/a%2Cb\.md,line=4,title=[^:]+::section: /);
    expect(line).toContain('. Fix: ');
    expect(line).not.toContain('\n');
  });

  it('lists file, line, field, problem and fix on the run summary, and says when all is well', () => {
    const summary = githubSummary([unknown], 12);
    expect(summary).toContain('### Content check: 1 error to fix before this can be published');
    expect(summary).toContain('| error | `content/articles/city/a,b.md`:4 | `section` |');
    expect(githubSummary([], 12)).toBe('### Content check: 12 stories, no errors\n');
  });
});
