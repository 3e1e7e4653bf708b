import type { z } from 'astro/zod';
import { quoted } from './catalogue/kind.ts';
import { fieldRuleProblem, sizeProblem, valueAt } from './field-rules.ts';
import { closest } from './edit-distance.ts';
import { problem, type Problem } from './problems.ts';

export type Issue = z.core.$ZodIssue;

export interface IssueContext {
  file: string;
  /** The data that was validated, to tell a missing field from a wrong one. */
  data: unknown;
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
  /** Field names editors may mean, to suggest for a typo. */
  knownFields: readonly string[];
  /** The site's time zone, which a message about a date names. */
  timezone?: string | undefined;
}

/**
 * The one place raw zod issues become editor-facing problems, each of a kind in the catalogue: a
 * generic one by what zod found (a missing field, a wrong type, too long…), or, for a field whose
 * rule needs a fix of its own (the section, dates, ids, credits), that field's kind. Union failures
 * are flattened to the branch that got furthest, since "Invalid input" helps nobody.
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

function toProblem(issue: Issue, ctx: IssueContext): Problem {
  const at = (path: readonly PropertyKey[]) => ({
    file: ctx.file,
    line: ctx.lineOf(path),
    field: path.map(String).join('.') || undefined,
  });
  if (issue.code === 'unrecognized_keys') {
    const [key = ''] = issue.keys;
    return problem('UnknownField', at([...issue.path, key]), { keys: issue.keys, suggestion: closest(key, ctx.knownFields) });
  }
  const where = at(issue.path);
  const found = valueAt(ctx.data, issue.path);
  // The schema's own words for the rule; zod's generic ones ("Invalid input", "Too small") say nothing.
  const rule = /^(?:Invalid input|Too )/.test(issue.message) ? undefined : issue.message;
  if (found === undefined && issue.code !== 'custom') {
    const [key = '', ...parents] = issue.path.map(String).reverse();
    return problem('MissingField', where, { key, parent: parents.reverse().join('.') || undefined, rule });
  }
  // A schema's own wording ("every story needs a headline") is for a missing value, not a wrong one.
  if (issue.code === 'invalid_type') return problem('WrongType', where, { expected: issue.expected, found: describe(found) });
  return (
    fieldRuleProblem(issue, where, found, ctx) ??
    sizeProblem(issue, where, found, rule) ??
    problem('InvalidField', where, { rule: rule ?? issue.message, value: scalar(found) })
  );
}

const scalar = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value) : undefined);

/** A value as an editor would call it: `the text "…"`, `the number 5`, `a list`. */
function describe(value: unknown): string {
  if (value === null) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date';
  if (typeof value === 'object') return 'sub-fields';
  if (typeof value === 'string') return `the text ${quoted(value, 40)}`;
  return `the ${typeof value} ${String(value)}`;
}
