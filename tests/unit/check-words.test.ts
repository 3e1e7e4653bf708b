import { describe, expect, it } from 'vitest';
import { CATALOGUE, type AnyProblemKind } from '../../src/check/catalogue/index.ts';
import { checkContent } from '../../src/check/index.ts';
import site from '../../src/site.config.ts';
import { article, copyFixtureContent } from '../helpers/content-copy.ts';
import { NOW } from '../helpers/mistakes/run.ts';
import { HINT_PHRASES } from '../helpers/hint-phrases.ts';

const KINDS = Object.entries(CATALOGUE) as [string, AnyProblemKind][];
const words = (kind: AnyProblemKind) => {
  const values = kind.example as never;
  return { message: kind.message(values), hint: typeof kind.hint === 'string' ? kind.hint : kind.hint(values) };
};

/**
 * Example values an editor did not write, so a message need not show them: the checker's own
 * knowledge (what would be right, where to look) goes in the hint, the field name beside the message.
 */
const NOT_WRITTEN: Record<string, string> = {
  suggestion: 'what the editor probably meant: the hint offers it',
  nearest: 'the address the editor probably meant: the hint offers it',
  key: 'the field name, printed before the message',
  parent: 'the parent field, printed before the message',
  expected: 'the schema type, said in words ("true or false")',
  file: 'the story file, printed before the message',
  dir: 'the content folder, for the hint',
  known: 'the ids that exist, for the hint',
  asFirst: 'the fix, for the hint',
  asSecond: 'the fix, for the hint',
  fix: 'the fix, for the hint',
  form: 'the form a directive takes, said in words ("a box that wraps the lines below it")',
};

describe('every message shows the value it refuses', () => {
  it.each(KINDS.filter(([, k]) => k.example !== undefined))('%s', (_, kind) => {
    const { message } = words(kind);
    for (const [name, value] of Object.entries(kind.example as Record<string, unknown>)) {
      if (name in NOT_WRITTEN) continue;
      for (const text of [value].flat()) if (typeof text === 'string') expect(message, name).toContain(text);
    }
  });
});

describe('every hint is the fix for its problem (tests/helpers/hint-phrases.ts)', () => {
  it('has a reviewed phrase for every kind, and none for a kind that is gone', () => {
    expect(Object.keys(HINT_PHRASES).sort()).toEqual(Object.keys(CATALOGUE).sort());
  });

  it.each(KINDS)('%s', (name, kind) => {
    expect(words(kind).hint).toContain(HINT_PHRASES[name]);
  });
});

describe('a credit with a bad date', () => {
  it('is told to write the date as a day, not to add an agency', async () => {
    const { root, write } = copyFixtureContent();
    const credit =
      '\n  src: ../images/harbour.jpg\n  alt: Boats at the quay\n  credit:\n    source: Reuters\n    date: 23/11/2026';
    write('articles/credit-day.md', article({ related: '[council-vote]', hero: credit }));
    const { problems } = await checkContent(root, site, 'content', NOW);
    const found = problems.filter((p) => p.file.endsWith('credit-day.md'));
    expect(found).toEqual([expect.objectContaining({ kind: 'InvalidCreditDate', field: 'hero.credit.date', line: 13 })]);
    expect(found[0]?.message).toContain('"23/11/2026"');
    expect(found[0]?.hint).toContain('YYYY-MM-DD');
    expect(found[0]?.hint).not.toMatch(/source|photographer/);
  });
});
