import { rmSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { checkContent, type ContentIndex } from '../../../src/check/index.ts';
import { formatProblems, type Problem } from '../../../src/check/problems.ts';
import site from '../../../src/site.config.ts';
import { copyFixtureContent } from '../content-copy.ts';
import type { Mistake } from './mistake.ts';

/** The build time every mistake is checked at. */
export const NOW = new Date('2026-11-24T12:00:00Z');

type Copy = ReturnType<typeof copyFixtureContent>;

/**
 * Registers, inside the caller's `describe`, the tests of one area's mistakes: all written into one
 * copy of the fixture content (with the valid files `setup` adds) and checked in a single run, each
 * causing exactly one error of its kind, in the right place, with a fix.
 */
export function checkMistakes(mistakes: readonly Mistake[], setup: (copy: Copy) => void = () => {}) {
  let index: ContentIndex;
  let scratch: string;
  const errorsIn = (file: string): Problem[] =>
    index.problems.filter((p) => p.file === `content/${file}` && p.severity === 'error');

  beforeAll(async () => {
    const copy = copyFixtureContent();
    scratch = copy.root;
    for (const m of mistakes) copy.write(m.file, m.text);
    setup(copy);
    index = await checkContent(copy.root, site, 'content', NOW);
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it.each(mistakes)('$mistake: one error of its kind, naming file, line, field and a fix', (m) => {
    const errors = errorsIn(m.file);
    expect(errors, JSON.stringify(errors, null, 1)).toHaveLength(1);
    const [error] = errors;
    expect(error?.kind).toBe(m.kind);
    expect(error?.file).toBe(`content/${m.file}`);
    expect(error?.line).toBe(m.line);
    expect(error?.field).toBe(m.field);
    expect(error?.message).toMatch(m.message);
    expect(error?.hint).toMatch(m.hint);
  });

  it('reports every mistake in the same run, and nothing else', () => {
    const failing = new Set(index.problems.filter((p) => p.severity === 'error').map((p) => p.file));
    expect([...failing].sort()).toEqual(mistakes.map((m) => `content/${m.file}`).sort());
    const printed = formatProblems(index.problems);
    for (const m of mistakes) expect(printed).toContain(m.line ? `content/${m.file}:${m.line}` : `content/${m.file}`);
  });

  return { errorsIn, index: () => index };
}
