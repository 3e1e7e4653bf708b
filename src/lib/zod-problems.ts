import type { z } from 'astro/zod';
import type { Problem } from './problems.ts';

type Issue = z.core.$ZodIssue;

export interface IssueContext {
  file: string;
  /** The data that was validated, to tell a missing field from a wrong one. */
  data: unknown;
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
  /** Field names editors may mean, to suggest for a typo. */
  knownFields: readonly string[];
}

/**
 * The one place raw zod issues become editor-facing problems: field path, line, plain words.
 * Union failures are flattened to the branch that got furthest, since "Invalid input" helps nobody.
 */
export function issuesToProblems(issues: readonly Issue[], ctx: IssueContext): Problem[] {
  return issues.flatMap((issue) => flatten(issue)).map((issue) => toProblem(issue, ctx));
}

function flatten(issue: Issue, prefix: PropertyKey[] = []): Issue[] {
  const path = [...prefix, ...issue.path];
  if (issue.code === 'invalid_union' && issue.errors.length) {
    const best = [...issue.errors].sort((a, b) => depth(b) - depth(a))[0] ?? [];
    if (depth(best) > 0) return best.flatMap((i) => flatten(i, path));
  }
  return [{ ...issue, path }];
}

const depth = (issues: readonly Issue[]) =>
  Math.max(0, ...issues.map((i) => i.path.length + (i.code === 'invalid_type' ? 0 : 1)));

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) value = value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return value;
}

function toProblem(issue: Issue, ctx: IssueContext): Problem {
  const field = issue.path.map(String).join('.') || undefined;
  const base = { severity: 'error' as const, file: ctx.file, line: ctx.lineOf(issue.path) };
  if (issue.code === 'unrecognized_keys') {
    const [key = ''] = issue.keys;
    const near = closest(key, ctx.knownFields);
    return {
      ...base,
      line: ctx.lineOf([...issue.path, key]),
      field: [...issue.path, key].map(String).join('.'),
      message: `unknown field${issue.keys.length > 1 ? `s ${issue.keys.map((k) => `\`${k}\``).join(', ')}` : ` \`${key}\``}`,
      hint: near ? `did you mean \`${near}\`?` : 'remove it, or check the spelling against docs/editing.md',
    };
  }
  const missing = valueAt(ctx.data, issue.path) === undefined;
  if (missing && issue.code === 'invalid_type') {
    const custom = issue.message.startsWith('Invalid input') ? undefined : issue.message;
    return { ...base, field, message: 'this field is required but missing', hint: custom ?? `add \`${field}:\`` };
  }
  const message = issue.message.replace(/^Invalid input: /, '');
  return { ...base, field, message: plainWords(message) };
}

function plainWords(message: string): string {
  return message
    .replace(/expected (\w+), received (\w+)/, 'expected $1 but found $2')
    .replace(/^Too small: expected array to have >=(\d+) items?/, 'list at least $1 item(s)');
}

function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const c of candidates) {
    const d = distance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return best;
}

function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length]!;
}
