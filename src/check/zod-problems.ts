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
  /** How to fix a field whose own rule only says what is wrong, by path with list positions as `*`. */
  fieldHints?: Readonly<Record<string, string>>;
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
      hint: near
        ? `did you mean \`${near}\`?`
        : 'remove it, or check the spelling against the field reference in docs/editing.md',
    };
  }
  const found = valueAt(ctx.data, issue.path);
  const custom = issue.message.startsWith('Invalid input') || issue.message.startsWith('Too ') ? undefined : issue.message;
  if (found === undefined && issue.code !== 'custom') {
    const [key, ...parents] = issue.path.map(String).reverse();
    const where = parents.length ? ` under \`${parents.reverse().join('.')}:\`` : '';
    return { ...base, field, message: 'this field is required but missing', hint: custom ?? `add \`${key}:\`${where}` };
  }
  const hint = ctx.fieldHints?.[issue.path.map((k) => (typeof k === 'number' ? '*' : String(k))).join('.')];
  if (issue.code === 'invalid_type') {
    // A schema's own wording ("every article needs a headline") is for a missing value, not a wrong one.
    const message = `expected ${KINDS[issue.expected] ?? issue.expected} but found ${kindOf(found)}`;
    return { ...base, field, message, hint: hintFor(issue, found) };
  }
  const message = plainWords(issue.message.replace(/^Invalid input: /, ''));
  return { ...base, field, message, hint: hint ?? hintFor(issue, found) };
}

const KINDS: Record<string, string> = { string: 'text', array: 'a list', object: 'sub-fields', boolean: 'true or false' };

function kindOf(value: unknown): string {
  if (value === null) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date';
  if (typeof value === 'object') return 'sub-fields';
  if (typeof value === 'string') return `the text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return `the ${typeof value} ${String(value)}`;
}

/** How to fix it, for messages that only say what is wrong (zod's own wording, or a schema's rule). */
function hintFor(issue: Issue, found: unknown): string {
  if (issue.code === 'invalid_type') {
    if (issue.expected === 'string') return 'write text here; put it in quotes if it looks like a number, date or yes/no';
    if (issue.expected === 'array') return 'write a list, e.g. [first, second], or one item per line starting with "- "';
    if (issue.expected === 'object') return 'indent the sub-fields (such as `src:` and `alt:`) by two spaces under this field';
    if (issue.expected === 'boolean') return 'write true or false, without quotes';
    return `write a ${issue.expected} here`;
  }
  if (issue.code === 'too_big')
    return `shorten it to at most ${String(issue.maximum)}${issue.origin === 'string' ? ' characters' : ''}`;
  if (issue.code === 'too_small' && typeof found === 'string') return 'fill it in, or remove the line if the field is optional';
  if (issue.code === 'too_small') return `add at least ${String(issue.minimum)}`;
  if (issue.code === 'invalid_value') return `write exactly one of: ${issue.values.map(String).join(', ')}`;
  return 'see the field reference in docs/editing.md for what this field takes';
}

function plainWords(message: string): string {
  return message
    .replace(/expected (\w+), received (\w+)/, 'expected $1 but found $2')
    .replace(/^Too small: expected array to have >=(\d+) items?/, 'list at least $1 item(s)')
    .replace(/^Too big: expected string to have <=(\d+) characters/, 'too long: at most $1 characters');
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
