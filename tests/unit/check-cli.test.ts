import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/index.ts';
import type { Problem } from '../../src/check/problems.ts';
import site from '../../src/site.config.ts';
import { PROJECT_ROOT } from '../helpers/build.ts';
import { article, copyFixtureContent } from '../helpers/content-copy.ts';
import { brokenCopy, check, NOW } from '../helpers/run-check.ts';

describe('npm run check -- --format json', () => {
  it('prints one JSON document a tool can read, each problem with its kind, sorted by file and line', async () => {
    const { root } = brokenCopy();
    const run = check(root, ['--format', 'json']);
    expect(run.status).toBe(1);
    const report = JSON.parse(run.out) as { stories: number; errors: number; problems: Problem[] };
    expect(report.errors).toBe(1);
    expect(report.stories).toBe((await checkContent(root, site, 'content')).stories.length);
    expect(report.problems).toContainEqual(
      expect.objectContaining({
        kind: 'UnknownSection',
        severity: 'error',
        file: 'content/articles/bad.md',
        line: 3,
        field: 'section',
        message: expect.stringMatching(/choose one of: politics/),
      }),
    );
    expect(report.problems).toContainEqual(
      expect.objectContaining({
        kind: 'MissingDek',
        severity: 'warning',
        file: 'content/articles/news/tram-delays.md',
        field: 'dek',
      }),
    );
    const order = report.problems.map((p) => `${p.file}:${String(p.line ?? 0).padStart(4, '0')}`);
    expect(order).toEqual([...order].sort());
  });

  it('refuses a format it does not know', () => {
    const run = check(brokenCopy().root, ['--format', 'xml']);
    expect(run.status).toBe(2);
    expect(run.err).toMatch(/--format must be text, json or github/);
  });
});

describe('npm run check for a person', () => {
  it('groups problems under each file, without colour codes when piped', () => {
    const run = check(brokenCopy().root);
    expect(run.status).toBe(1);
    expect(run.out).not.toContain('\u001b[');
    const lines = run.out.split('\n');
    const header = lines.indexOf('content/articles/bad.md');
    expect(header).toBeGreaterThanOrEqual(0);
    expect(lines[header + 1]).toMatch(/^ {2}error {3}content\/articles\/bad\.md:3 {2}section: choose one of/);
    expect(run.out).toMatch(/1 error, \d+ warnings\n\nContent check failed\./);
  });

  it('colours errors red and warnings yellow on a terminal', () => {
    const { root } = brokenCopy();
    const cmd = `${JSON.stringify(process.execPath)} scripts/check.ts --root ${JSON.stringify(root)}`;
    const run = spawnSync('script', ['-qec', cmd, '/dev/null'], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      env: { ...process.env, ...NOW, NO_COLOR: '' },
    });
    expect(run.stdout).toContain('\u001b[31merror  \u001b[0m');
    expect(run.stdout).toContain('\u001b[33mwarning\u001b[0m');
    expect(run.stdout).toContain('\u001b[1mcontent/articles/bad.md\u001b[0m');
  });
});

describe('the VS Code build task (.vscode/tasks.json)', () => {
  it('finds every problem in the output, with its file, line and severity', () => {
    const tasks = JSON.parse(readFileSync(join(PROJECT_ROOT, '.vscode/tasks.json'), 'utf8')) as {
      tasks: { label: string; problemMatcher: { pattern: { regexp: string } } }[];
    };
    const matcher = tasks.tasks.find((t) => t.label === 'Check stories')!.problemMatcher.pattern;
    const run = check(brokenCopy().root);
    const found = run.out.split('\n').flatMap((line) => {
      const m = new RegExp(matcher.regexp).exec(line);
      return m ? [{ severity: m[1], file: m[2], line: m[3], message: m[4] }] : [];
    });
    const problems = run.out.split('\n').filter((l) => /^ {2}(error|warning) /.test(l));
    expect(found).toHaveLength(problems.length);
    expect(found).toContainEqual({
      severity: 'error',
      file: 'content/articles/bad.md',
      line: '3',
      message: expect.stringMatching(/^section: choose one of/),
    });
  });
});

describe('npm run check -- --fix', () => {
  const messy = [
    '---',
    'headline: Loose ends   ',
    'dek: A dek.',
    'section: city',
    'authors: [ada-reporter]',
    'published: "2026/11/3 9:05" # filed late',
    'updated: 2026-11-04T10:00:00',
    'related: [council-vote]',
    '---',
    '',
    'A line that breaks here  ',
    'and goes on. ',
    '',
    '```',
    'code keeps its spaces   ',
    '```',
    '',
    '',
  ].join('\n');

  it('makes the safe fixes, says what it did, and then passes', () => {
    const { root, write } = copyFixtureContent();
    write('articles/messy.md', messy);
    expect(check(root).status).toBe(1);

    const run = check(root, ['--fix']);
    expect(run.status).toBe(0);
    expect(run.out).toContain('fixed content/articles/messy.md:1  removed trailing spaces on 2 lines');
    expect(run.out).toContain('fixed content/articles/messy.md:6  published: `"2026/11/3 9:05"` → `2026-11-03 09:05`');
    expect(run.out).toContain('fixed content/articles/messy.md:7  updated: `2026-11-04T10:00:00` → `2026-11-04 10:00`');
    const text = readFileSync(join(root, 'content/articles/messy.md'), 'utf8');
    expect(text).toContain('headline: Loose ends\n');
    expect(text).toContain('published: 2026-11-03 09:05 # filed late\n');
    expect(text).toContain('A line that breaks here  \nand goes on.\n');
    expect(text).toContain('code keeps its spaces   \n');
    expect(text.endsWith('```\n')).toBe(true);

    const again = check(root, ['--fix', '--format', 'json']);
    expect((JSON.parse(again.out) as { fixed: unknown[] }).fixed).toEqual([]);
  });
});

describe('npm run check, run again', () => {
  it('keeps its results in the build’s check cache, and still reports a story broken since', () => {
    const { root, write } = copyFixtureContent();
    expect(check(root).status).toBe(0);
    expect(existsSync(join(root, '.broadsheet/cache/content/broadsheet-check.bin'))).toBe(true);
    write('articles/bad.md', article({ section: 'sports' }));
    const run = check(root);
    expect(run.status).toBe(1);
    expect(run.out).toMatch(/content\/articles\/bad\.md.*section/s);
  });
});
