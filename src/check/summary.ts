import { CATALOGUE, type ProblemKindName, type Severity } from './catalogue/index.ts';
import type { Problem } from './problems.ts';

/** How many problems of one kind a run found, and where the first of them are. */
export interface KindCount {
  kind: ProblemKindName;
  /** The kind's title in the catalogue, e.g. "Unknown section". */
  title: string;
  severity: Severity;
  count: number;
  /** How many files have at least one problem of the kind. */
  fileCount: number;
  /** The first files (in file order) with the kind: where to start looking. */
  files: string[];
}

/** Files named per kind: enough to open one, few enough that 15,000 problems still fit on a screen. */
export const FILES_PER_KIND = 3;

/**
 * Problems counted by kind, errors first, then the most frequent: on an archive of thousands of
 * stories, the one screen that says what to fix first (one wrong section id repeated 4,000 times).
 */
export function summarize(problems: readonly Problem[]): KindCount[] {
  const byKind = new Map<ProblemKindName, { severity: Severity; count: number; files: Set<string> }>();
  for (const p of problems) {
    const entry = byKind.get(p.kind) ?? byKind.set(p.kind, { severity: p.severity, count: 0, files: new Set() }).get(p.kind)!;
    entry.count++;
    entry.files.add(p.file);
  }
  const rank = (s: Severity) => (s === 'error' ? 0 : 1);
  return [...byKind]
    .map(([kind, { severity, count, files }]) => {
      const sorted = [...files].sort((a, b) => a.localeCompare(b));
      return {
        kind,
        title: CATALOGUE[kind].title,
        severity,
        count,
        fileCount: files.size,
        files: sorted.slice(0, FILES_PER_KIND),
      };
    })
    .sort((a, b) => rank(a.severity) - rank(b.severity) || b.count - a.count || a.kind.localeCompare(b.kind));
}

/**
 * The summary as `npm run check` prints it. No line starts with spaces and then `error` or
 * `warning`, so editors' problem matchers (.vscode/tasks.json) never take it for a problem.
 */
export function formatSummary(counts: readonly KindCount[], paint: (s: string) => string = (s) => s): string {
  if (!counts.length) return '';
  const width = Math.max(...counts.map((c) => String(c.count).length));
  const out = ['Problems by kind:'];
  for (const c of counts) {
    out.push(`  ${String(c.count).padStart(width)} × ${paint(c.kind)} (${c.severity}): ${c.title}`);
    const more = c.fileCount - c.files.length;
    const rest = more > 0 ? ` and ${more} more file${more === 1 ? '' : 's'}` : '';
    out.push(`  ${' '.repeat(width)}   in ${c.files.join(', ')}${rest}`);
  }
  return out.join('\n');
}
