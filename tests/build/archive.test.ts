import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, PROJECT_ROOT } from '../helpers/build.ts';

/**
 * The fixture archive (tests/fixtures/archive/) is content as real archives export it: raw HTML, Hugo
 * dates, odd links, wire credits. It is the target of issue 15, so it need not pass the check yet; what
 * must hold at every step is that neither the check nor the build crashes on it, and that a clean check
 * means a clean build. The counts are printed so the team can watch them fall.
 */
const CONTENT = 'tests/fixtures/archive/content';
const scratch = mkdtempSync(join(tmpdir(), 'broadsheet-archive-'));
// Its own caches: a cache left by an earlier run would let the check skip the very files under test.
const env = { BROADSHEET_CONTENT: CONTENT, BROADSHEET_CACHE_DIR: join(scratch, 'cache'), BROADSHEET_NOW: '2026-11-24T12:00:00Z' };
/** A stack frame (`at fn (file:1:2)`) or Astro's own "Stack trace:" heading: a crash, not a report. */
const STACK = /^\s+at .*:\d+:\d+\)?$|Stack trace:/m;

interface Problem {
  kind: string;
  severity: string;
  file: string;
  line?: number;
}

function check(...args: string[]) {
  const result = spawnSync(process.execPath, ['scripts/check.ts', ...args], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  return { status: result.status, stdout: result.stdout, output: `${result.stdout}\n${result.stderr}` };
}

describe('the fixture archive', () => {
  let text: ReturnType<typeof check>;
  let problems: Problem[];
  let errorCount: number;

  beforeAll(() => {
    text = check();
    const json = check('--format', 'json');
    expect(json.output).not.toMatch(STACK);
    const report = JSON.parse(json.stdout) as { errors: number; problems: Problem[] };
    problems = report.problems;
    errorCount = report.errors;
    const failing = new Map<string, Set<string>>();
    for (const p of problems.filter((p) => p.severity === 'error'))
      (failing.get(p.file) ?? failing.set(p.file, new Set()).get(p.file)!).add(p.kind);
    const warnings = problems.length - errorCount;
    console.log(`archive fixture: ${errorCount} error(s), ${warnings} warning(s), ${failing.size} story file(s) with errors`);
    for (const [file, kinds] of failing) console.log(`  ${file.replace(/^.*\/articles\//, '')}: ${[...kinds].join(', ')}`);
  });

  it('is checked to the end: a report with totals, never a crash', () => {
    expect([0, 1], text.output).toContain(text.status);
    expect(text.output).not.toMatch(STACK);
    const lines = text.stdout.trim().split('\n').slice(-3).join('\n');
    // The totals line closes the listing; a clean run may have no problems to total.
    if (problems.length) expect(lines).toMatch(new RegExp(`^${errorCount} errors?, \\d+ warnings?$`, 'm'));
    else expect(text.status).toBe(0);
  });

  it('names a file and a line for every problem', () => {
    const unplaced = problems.filter((p) => !p.file || typeof p.line !== 'number');
    expect(unplaced).toEqual([]);
  });

  it('builds, or stops with the checker’s report; a clean check always builds', () => {
    const result = build(CONTENT, join(scratch, 'dist'), env);
    if (errorCount === 0) {
      expect(result.output).not.toMatch(STACK);
      expect(result.status, result.output).toBe(0);
      return;
    }
    expect(result.status).not.toBe(0);
    const report = result.output.indexOf(`The content has ${errorCount} error(s)`);
    expect(report, result.output).toBeGreaterThan(-1);
    // The checker's refusal is a report, never a crash: no stack trace anywhere, Astro's included.
    expect(result.output).not.toMatch(STACK);
  });
});
