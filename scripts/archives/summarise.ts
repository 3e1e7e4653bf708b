/**
 * Summarises `npm run check -- --format json` output for docs/archives.md: totals, problems by kind and
 * how many files have errors, so a before and an after run can be compared at a glance.
 *
 *   node scripts/archives/summarise.ts report.json
 */
import { readFileSync } from 'node:fs';

interface Report {
  stories: number;
  errors: number;
  problems: { kind: string; severity: string; file: string }[];
}

const report = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as Report;
const byKind = new Map<string, { error: number; warning: number; files: Set<string> }>();
for (const p of report.problems) {
  const row = byKind.get(p.kind) ?? { error: 0, warning: 0, files: new Set() };
  if (p.severity === 'error') row.error++;
  else row.warning++;
  row.files.add(p.file);
  byKind.set(p.kind, row);
}
const errorFiles = new Set(report.problems.filter((p) => p.severity === 'error').map((p) => p.file));
const warnings = report.problems.filter((p) => p.severity !== 'error').length;

console.log(`stories (as the report counts them): ${report.stories}`);
console.log(`errors: ${report.errors}, warnings: ${warnings}, files with errors: ${errorFiles.size}`);
console.log('\n| kind | errors | warnings | files |\n| --- | --: | --: | --: |');
for (const [kind, row] of [...byKind].sort((a, b) => b[1].error + b[1].warning - (a[1].error + a[1].warning)))
  console.log(`| ${kind} | ${row.error} | ${row.warning} | ${row.files.size} |`);
