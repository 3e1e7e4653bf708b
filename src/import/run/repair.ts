import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Problem } from '../../check/problems.ts';
import type { GuardedWriter } from './guarded-writer.ts';

/** An old address the checker refused, taken out of the story, for the report. */
export interface DroppedRedirect {
  file: string;
  path: string;
  why: string;
}

/**
 * Old addresses the checker refuses (one that would hide a page the site makes, say) are the one
 * mistake the importer cannot see before the whole site is known: it takes them out, line by line,
 * from the files it wrote and still owns, and says so. Every other problem is left for the report.
 */
export function dropRefusedRedirects(
  problems: readonly Problem[],
  root: string,
  content: string,
  writer: GuardedWriter,
): DroppedRedirect[] {
  const byFile = new Map<string, Problem[]>();
  for (const p of problems)
    if (p.severity === 'error' && p.field?.startsWith('redirectFrom.') && p.line)
      byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
  const dropped: DroppedRedirect[] = [];
  for (const [file, found] of byFile) {
    const own = relative(content, join(root, file));
    if (!writer.isOurs(own)) continue;
    const lines = readFileSync(join(root, file), 'utf8').split('\n');
    const gone = new Set(found.map((p) => p.line! - 1));
    for (const p of found) dropped.push({ file: own, path: (lines[p.line! - 1] ?? '').replace(/^\s*-\s*/, ''), why: p.message });
    let kept = lines.filter((_, i) => !gone.has(i));
    // A list left empty goes with its key.
    const at = kept.findIndex((l, i) => l === 'redirectFrom:' && !/^\s+-/.test(kept[i + 1] ?? ''));
    if (at >= 0) kept = kept.filter((_, i) => i !== at);
    writer.write(own, kept.join('\n'));
  }
  return dropped;
}
