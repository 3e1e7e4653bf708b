/** Rows of equal keys as a Markdown table, for docs and CI summaries. */
export function markdownTable(rows: readonly Record<string, string | number | null>[]): string {
  const keys = Object.keys(rows[0] ?? {});
  const line = (cells: readonly unknown[]) => `| ${cells.map((c) => String(c ?? '–')).join(' | ')} |`;
  return [line(keys), line(keys.map(() => '---')), ...rows.map((r) => line(keys.map((k) => r[k])))].join('\n');
}
