import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { build } from '../helpers/build.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The sample paper in `content/`, built once per test run for every gate that reads it. */
    sampleDist: string;
  }
}

/** Builds the sample site once, before any test file runs, so gates share one build. */
export default function setup(project: TestProject) {
  const dist = join(mkdtempSync(join(tmpdir(), 'broadsheet-gates-')), 'dist');
  const result = build('content', dist);
  if (result.status !== 0) throw new Error(`The sample site does not build:\n${result.output}`);
  project.provide('sampleDist', dist);
  return () => rmSync(dirname(dist), { recursive: true, force: true });
}
