import { bodyProblems, parseBody, scanBody } from '../../src/check/body.ts';
import type { Problem } from '../../src/check/problems.ts';

/** The body check `npm run check` runs on one story, for a body alone (its first line is line 1). */
export function problemsIn(markdown: string): Problem[] {
  return bodyProblems('story.md', markdown, 1, scanBody(parseBody(markdown), 1));
}

/** The kinds of `problemsIn`, with their lines: `RawHtml@3`. */
export const kindsIn = (markdown: string) => problemsIn(markdown).map((p) => `${p.kind}@${p.line}`);
