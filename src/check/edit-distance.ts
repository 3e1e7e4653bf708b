/**
 * Levenshtein distance: how many one-character edits turn `a` into `b`. The checker's suggestions
 * use it: the field an editor meant (zod-problems.ts) and the page a broken link meant
 * (internal-links.ts). One row at a time, so memory is the length of `b`.
 */
export function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}
