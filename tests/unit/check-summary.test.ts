import { describe, expect, it } from 'vitest';
import type { Problem } from '../../src/check/problems.ts';
import type { KindCount } from '../../src/check/summary.ts';
import { article, copyFixtureContent } from '../helpers/content-copy.ts';
import { check } from '../helpers/run-check.ts';

/** An archive in small: the same wrong section in five stories, a bad tag in one, and the fixture's warnings. */
function archiveCopy() {
  const copy = copyFixtureContent();
  for (const n of [1, 2, 3, 4, 5]) copy.write(`articles/old/s${n}.md`, article({ section: 'sports', related: '[council-vote]' }));
  copy.write('articles/old/tagged.md', article({ tags: '[Wend Bridge, harbour]', related: '[council-vote]' }));
  return copy;
}

interface Report {
  errors: number;
  warnings: number;
  summary: KindCount[];
  problems: Problem[];
}

describe('npm run check on an archive: the summary by kind', () => {
  it('ends the listing with each kind, its count and its first three files, errors first', () => {
    const run = check(archiveCopy().root);
    expect(run.status).toBe(1);
    const summary = run.out.slice(run.out.indexOf('Problems by kind:'));
    expect(summary).toMatch(
      /^ {2}5 × UnknownSection \(error\): Unknown section\n {6}in content\/articles\/old\/s1\.md, content\/articles\/old\/s2\.md, content\/articles\/old\/s3\.md and 2 more files$/m,
    );
    expect(summary).toMatch(
      /^ {2}1 × InvalidTag \(error\): Tag not written as a slug\n {6}in content\/articles\/old\/tagged\.md$/m,
    );
    const kinds = [...summary.matchAll(/× (\w+) \((error|warning)\)/g)].map((m) => m[2]);
    expect(kinds.indexOf('warning')).toBeGreaterThan(kinds.lastIndexOf('error'));
    expect(run.out).toMatch(/\n\n6 errors, \d+ warnings\n\nContent check failed\./);
  });

  it('shows the tag it refuses', () => {
    expect(check(archiveCopy().root).out).toContain('tags.0: use lower-case words joined by hyphens (not "Wend Bridge")');
  });

  it('--errors-only lists and summarises errors alone, and still counts the warnings', () => {
    const all = check(archiveCopy().root);
    const run = check(archiveCopy().root, ['--errors-only']);
    expect(run.status).toBe(1);
    expect(run.out).not.toMatch(/^ {2}warning /m);
    expect(run.out).not.toMatch(/\(warning\)/);
    expect(run.out).toMatch(/^ {2}error /m);
    const warnings = /6 errors, (\d+) warnings\n/.exec(all.out)?.[1];
    expect(Number(warnings)).toBeGreaterThan(0);
    expect(run.out).toContain(`6 errors, ${warnings} warnings (not listed: --errors-only)`);
  });

  it('--format json carries the same summary, and --errors-only there too', () => {
    const { root } = archiveCopy();
    const full = JSON.parse(check(root, ['--format', 'json']).out) as Report;
    expect(full.summary[0]).toEqual({
      kind: 'UnknownSection',
      title: 'Unknown section',
      severity: 'error',
      count: 5,
      fileCount: 5,
      files: ['content/articles/old/s1.md', 'content/articles/old/s2.md', 'content/articles/old/s3.md'],
    });
    expect(full.summary.reduce((n, k) => n + k.count, 0)).toBe(full.problems.length);
    expect(full.errors + full.warnings).toBe(full.problems.length);

    const errors = JSON.parse(check(root, ['--format', 'json', '--errors-only']).out) as Report;
    expect(errors.problems.every((p) => p.severity === 'error')).toBe(true);
    expect(errors.summary.every((k) => k.severity === 'error')).toBe(true);
    expect([errors.errors, errors.warnings]).toEqual([full.errors, full.warnings]);
  });

  it('prints a summary for warnings alone and passes', () => {
    const run = check(copyFixtureContent().root);
    expect(run.status).toBe(0);
    expect(run.out).toMatch(/× MissingDek \(warning\): No dek/);
    expect(run.out).toMatch(/content is valid\./);
  });
});
