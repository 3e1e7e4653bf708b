/** One row of the bench's results table: a Broadsheet run beside Hugo + Pagefind's in the same step. */
import type { HugoRun } from './hugo.ts';
import type { BuildRun } from './run-build.ts';

export type ResultRow = Record<string, string | number | null>;

const fixed = (n: number, digits: number) => +n.toFixed(digits);

/** The row for `step` at `n` stories: `b` Broadsheet's build, `h` Hugo + Pagefind's, `pages` the site's. */
export function resultRow(n: number, step: string, b: BuildRun, h: HugoRun | undefined, pages: number): ResultRow {
  return {
    articles: n,
    step,
    'broadsheet s': fixed(b.seconds, 2),
    'cpu s': b.cpuSeconds === undefined ? null : fixed(b.cpuSeconds, 1),
    // CPU seconds over wall seconds: how many of the machine's cores the build kept busy on average.
    cores: b.cpuSeconds === undefined ? null : fixed(b.cpuSeconds / b.seconds, 2),
    'pages/s': Math.round(pages / b.seconds),
    'peak MB': b.peakMb ?? null,
    'all processes MB': b.treePeakMb ?? null,
    'hugo+pagefind s': h ? fixed(h.seconds, 2) : null,
    'hugo s': h ? fixed(h.hugoSeconds, 2) : null,
    'hugo+pagefind cpu s': h?.cpuSeconds === undefined ? null : fixed(h.cpuSeconds, 1),
    'hugo+pagefind cores': h?.cpuSeconds === undefined ? null : fixed(h.cpuSeconds / h.seconds, 2),
    'hugo+pagefind peak MB': h?.peakMb ?? null,
    ratio: h ? fixed(b.seconds / h.seconds, 1) : null,
    'cpu ratio': h?.cpuSeconds && b.cpuSeconds ? fixed(b.cpuSeconds / h.cpuSeconds, 1) : null,
    pages,
  };
}

/** The row in one line, as the bench prints it while it runs. */
export const rowLine = (row: ResultRow): string =>
  `${row['step']}: ${row['broadsheet s']} s (${row['cpu s']} s CPU on ${row['cores']} cores, ${row['pages/s']} pages/s, ${row['peak MB']} MB)` +
  (row['hugo+pagefind s'] === null
    ? ''
    : `; Hugo ${row['hugo s']} s + Pagefind = ${row['hugo+pagefind s']} s (${row['hugo+pagefind cpu s']} s CPU on ${row['hugo+pagefind cores']} cores); ratio ${row['ratio']}×, CPU ${row['cpu ratio']}×`);
