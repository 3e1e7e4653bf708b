import { formatSummary, summarize } from './summary.ts';
import { CATALOGUE, type ProblemKindName, type ProblemKind, type Severity, type ValuesOf } from './catalogue/index.ts';

/** One thing wrong with the content, said so that an editor can fix it without asking a developer. */
export interface Problem {
  /** Its entry in the catalogue (src/check/catalogue/), e.g. `UnknownSection`. */
  kind: ProblemKindName;
  severity: Severity;
  /** Path relative to the project root, e.g. `content/articles/politics/vote.md`. */
  file: string;
  line?: number | undefined;
  /** Dotted field path in the frontmatter, e.g. `hero.credit`. */
  field?: string | undefined;
  message: string;
  /** How to fix it. */
  hint: string;
}

/** Where a problem is: the file, and the line and field when there is one. */
export interface Where {
  file: string;
  line?: number | undefined;
  field?: string | undefined;
}

/** The one way a problem is made: its kind's words from the catalogue, at `where`, with its values. */
export function problem<K extends ProblemKindName>(kind: K, where: Where, ...values: ValuesOf<K>): Problem {
  const entry = CATALOGUE[kind] as ProblemKind<unknown>;
  const [v] = values;
  const hint = typeof entry.hint === 'string' ? entry.hint : entry.hint(v);
  return {
    kind,
    severity: entry.severity,
    file: where.file,
    line: where.line,
    field: where.field,
    message: entry.message(v),
    hint,
  };
}

const paint = (on: boolean, code: number) => (s: string) => (on ? `\u001b[${code}m${s}\u001b[0m` : s);

/** What a listing leaves out: `errorsOnly` lists errors alone (warnings still counted in the totals). */
export interface ListingOptions {
  errorsOnly?: boolean | undefined;
  /** Ends the listing with the count of each kind (src/check/summary.ts), before the totals. */
  summary?: boolean | undefined;
}

/** Groups problems by file, in file and line order, as `npm run check` and a failed build print them. */
export function formatProblems(problems: readonly Problem[], color = false, options: ListingOptions = {}): string {
  const red = paint(color, 31);
  const yellow = paint(color, 33);
  const bold = paint(color, 1);
  const dim = paint(color, 2);
  const byFile = new Map<string, Problem[]>();
  const listed = options.errorsOnly ? problems.filter((p) => p.severity === 'error') : problems;
  for (const p of sortProblems(listed)) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
  const out: string[] = [];
  for (const [file, list] of byFile) {
    out.push(bold(file));
    for (const p of list) {
      const where = p.line ? `${file}:${p.line}` : file;
      const tag = p.severity === 'error' ? red('error  ') : yellow('warning');
      const field = p.field ? `${bold(p.field)}: ` : '';
      out.push(`  ${tag} ${dim(where)}  ${field}${p.message}`);
      if (p.hint) out.push(`          ${dim('fix:')} ${p.hint}`);
    }
  }
  if (options.summary && listed.length) out.push('', formatSummary(summarize(listed), bold), '');
  out.push(totals(problems, options));
  return out.join('\n');
}

/** `2 errors, 5 warnings`: every problem counted, even those a listing left out (said so). */
export function totals(problems: readonly Problem[], options: ListingOptions = {}): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const hidden = options.errorsOnly && warnings ? ' (not listed: --errors-only)' : '';
  return `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}${hidden}`;
}

/** In file order, then line order: the order every listing and `--format json` use. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}

/** Thrown by the build so that Astro prints every problem at once rather than the first. */
export class ContentError extends Error {
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[]) {
    super(`The content has ${problems.filter((p) => p.severity === 'error').length} error(s):\n${formatProblems(problems)}`);
    this.name = 'ContentError';
    this.problems = problems;
    // An editor's mistake, not a program's: Astro prints an error's stack under its message, and the
    // frames of our loader would only make the report look like a crash. Without one it prints none.
    this.stack = '';
  }

  /** Astro guesses a hint from this text ("document" or "window" in it means browser code to Astro): the count alone. */
  override toString(): string {
    return `${this.name}: ${this.problems.filter((p) => p.severity === 'error').length} content error(s)`;
  }
}
