import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { AREAS, CATALOGUE, type AnyProblemKind, type ProblemKindName } from '../../src/check/catalogue/index.ts';
import { checkContent } from '../../src/check/index.ts';
import type { Problem } from '../../src/check/problems.ts';
import site from '../../src/site.config.ts';
import { copyFixtureContent, FIXTURE_CONTENT } from '../helpers/content-copy.ts';
import { AUTHOR_MISTAKES } from '../helpers/mistakes/authors.ts';
import { BYLINE_MISTAKES } from '../helpers/mistakes/bylines.ts';
import { BODY_MISTAKES } from '../helpers/mistakes/body.ts';
import { CREDIT_MISTAKES } from '../helpers/mistakes/credits.ts';
import { FIELD_MISTAKES } from '../helpers/mistakes/fields.ts';
import { FILE_MISTAKES } from '../helpers/mistakes/file.ts';
import { LINK_MISTAKES } from '../helpers/mistakes/links.ts';
import { PHOTO_MISTAKES } from '../helpers/mistakes/photos.ts';
import { NOW } from '../helpers/mistakes/run.ts';
import { VALUE_MISTAKES } from '../helpers/mistakes/values.ts';
import { SAMPLES } from '../helpers/samples/by-kind.ts';
import { writeSample } from '../helpers/samples/sample.ts';

const KINDS = Object.entries(CATALOGUE) as [ProblemKindName, AnyProblemKind][];
const words = (kind: AnyProblemKind) => {
  const values = kind.example as never;
  return { message: kind.message(values), hint: typeof kind.hint === 'string' ? kind.hint : kind.hint(values) };
};

describe('the catalogue of problem kinds', () => {
  it('puts every kind in exactly one area', () => {
    const inAreas = AREAS.flatMap((a) => Object.keys(a.kinds));
    expect(new Set(inAreas).size).toBe(inAreas.length);
    expect(inAreas.sort()).toEqual(Object.keys(CATALOGUE).sort());
  });

  it.each(KINDS)('%s has a title, a message and a hint, with example values when its message takes any', (name, kind) => {
    if (kind.message.length > 0) expect(kind.example, `${name} needs an example`).toBeDefined();
    const { message, hint } = words(kind);
    expect(kind.title.trim()).not.toBe('');
    expect(message.trim()).not.toBe('');
    expect(hint.trim()).not.toBe('');
  });

  it('gives every kind a title of its own', () => {
    const titles = KINDS.map(([, k]) => k.title);
    expect(new Set(titles).size).toBe(titles.length);
  });
});

describe('a content sample for every kind (tests/helpers/samples/by-kind.ts)', () => {
  const key = (p: Problem) => JSON.stringify(p);
  let baseline: Set<string>;
  beforeAll(async () => {
    baseline = new Set((await checkContent(dirname(FIXTURE_CONTENT), site, 'content', NOW)).problems.map(key));
  });

  it('has a sample for every kind, and no sample for a kind that is not in the catalogue', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual(Object.keys(CATALOGUE).sort());
  });

  it.each(KINDS.map(([name]) => name))('%s: its sample is reported with that kind, and no other', async (name) => {
    const sample = SAMPLES[name];
    const copy = copyFixtureContent();
    await writeSample(copy, sample);
    const { problems } = await checkContent(copy.root, sample.site?.(site) ?? site, 'content', NOW);
    rmSync(copy.root, { recursive: true, force: true });
    const added = problems.filter((p) => !baseline.has(key(p)));
    expect(new Set(added.map((p) => p.kind)), JSON.stringify(added, null, 1)).toEqual(new Set([name]));
    expect(added.every((p) => p.severity === CATALOGUE[name].severity)).toBe(true);
  });
});

describe('the editor mistakes (tests/helpers/mistakes/)', () => {
  const mistakes = [
    ...FILE_MISTAKES,
    ...FIELD_MISTAKES,
    ...VALUE_MISTAKES,
    ...CREDIT_MISTAKES,
    ...LINK_MISTAKES,
    ...PHOTO_MISTAKES,
    ...BODY_MISTAKES,
    ...AUTHOR_MISTAKES,
    ...BYLINE_MISTAKES,
  ];

  it('list at least 40 distinct mistakes, each in a file of its own', () => {
    expect(new Set(mistakes.map((m) => m.mistake)).size).toBe(mistakes.length);
    expect(new Set(mistakes.map((m) => m.file)).size).toBe(mistakes.length);
    expect(mistakes.length).toBeGreaterThanOrEqual(40);
  });
});
