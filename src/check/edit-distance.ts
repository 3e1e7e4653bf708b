/**
 * Levenshtein distance: how many one-character edits turn `a` into `b`. The checker's suggestions
 * use it: the field an editor meant (zod-problems.ts) and the page a broken link meant
 * (internal-links.ts). One row at a time, so memory is the length of `b`. Past `limit` the answer no
 * longer matters to a caller looking for the nearest: it stops as soon as a whole row exceeds it and
 * returns `limit + 1` (an archive's check compares thousands of links with thousands of pages).
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    let least = i;
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (next[j]! < least) least = next[j]!;
    }
    if (least > limit) return limit + 1;
    row = next;
  }
  return Math.min(row[b.length]!, limit + 1);
}

/** The candidate an editor most likely meant by `word`, when one is near enough to be a typo. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c.toLowerCase(), bestDistance);
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return best;
}
