/** `error` stops `npm run check` and the build; `warning` is printed and both go on. */
export type Severity = 'error' | 'warning';

/**
 * One kind of problem the checker reports, in the manner of Astro's error catalogue: a named entry
 * with its words, so every message is written, tested (tests/unit/check-catalogue.test.ts) and
 * documented (docs/problems.md) in one place. `V` is what the message shows: the value refused, the
 * limit passed; `void` when the message says it all.
 */
export interface ProblemKind<V = void> {
  /** A few words naming the problem for the docs, e.g. "Unknown section". */
  title: string;
  /** Whether the problem stops the build. */
  severity: Severity;
  /** What is wrong, showing the value refused where there is one; printed after the file, line and field. */
  message: (values: V) => string;
  /** How to fix it: the same words for every problem of the kind, or made from its values. */
  hint: string | ((values: V) => string);
  /** Values for the example in docs/problems.md; required when the message takes values. */
  example?: NoInfer<V>;
}

/** Any kind, whatever its values: what code that lists the catalogue (its docs, its tests) reads. */
export type AnyProblemKind = Omit<ProblemKind<never>, 'example'> & { example?: unknown };

/** Declares a kind; its values' type is read from the message's parameter. */
export const defineKind = <V = void>(kind: ProblemKind<V>): ProblemKind<V> => kind;

/** Text as a message quotes it: cut at `max` characters, so a pasted paragraph stays one line. */
export const quoted = (text: string, max = 60) => `"${text.length > max ? `${text.slice(0, max)}…` : text}"`;
