import { NOTE_TITLES } from './note-titles.ts';
import type { ImportReport } from './report.ts';

/** Items listed per kind in the Markdown report; the JSON report has them all. */
const LISTED = 50;

/** `import-report.md`: counts first, then every decision left to a person, then the command to run again. */
export function reportMarkdown(r: ImportReport): string {
  const out = [`# Import report: ${r.source.kind} \`${r.source.path}\``, ''];
  out.push(
    `Read ${r.posts} posts (${
      Object.entries(r.byStatus)
        .map(([s, n]) => `${n} ${s}`)
        .join(', ') || 'none'
    }) in ${r.seconds.toFixed(1)} s, peak memory ${r.peakMemoryMb} MB.`,
    '',
  );
  out.push('| | |', '|---|---|');
  out.push(`| stories written | ${r.files.written} |`, `| stories already up to date | ${r.files.unchanged} |`);
  out.push(`| stories left alone (changed by an editor, or not the importer's) | ${r.files.edited + r.files['not-ours']} |`);
  out.push(
    `| authors | ${r.authors} |`,
    `| photos copied or downloaded | ${r.photos.fetched} |`,
    `| photos missing | ${r.photos.missing} |`,
  );
  out.push(`| old addresses kept as redirects | ${r.redirects - r.droppedRedirects.length} |`);
  if (r.check) out.push(`| check: errors | ${r.check.errors} |`, `| check: warnings | ${r.check.warnings} |`);
  out.push('');
  if (r.leftAlone.length) {
    out.push(
      '## Stories left alone',
      '',
      'These files changed since the last import (or were never written by it); the import did not touch them.',
      '',
    );
    for (const s of r.leftAlone.slice(0, LISTED))
      out.push(`- \`${s.file}\` (${s.why === 'edited' ? 'edited since the last import' : 'not written by the import'})`);
    out.push('');
  }
  if (r.check?.errors) {
    out.push('## Check errors', '');
    for (const p of r.check.problems.slice(0, LISTED))
      out.push(`- \`${p.file}${p.line ? `:${p.line}` : ''}\` ${p.kind}: ${p.message}`);
    out.push('');
  }
  if (r.droppedRedirects.length) {
    out.push('## Old addresses taken out', '');
    for (const d of r.droppedRedirects.slice(0, LISTED)) out.push(`- \`${d.path}\` in \`${d.file}\`: ${d.why}`);
    out.push('');
  }
  for (const [kind, items] of Object.entries(r.notes).sort(([a], [b]) => a.localeCompare(b))) {
    out.push(`## ${NOTE_TITLES[kind] ?? kind} (${items.length})`, '');
    for (const n of items.slice(0, LISTED)) out.push(`- ${n.origin} → \`${n.file}\`: ${n.detail}`);
    if (items.length > LISTED) out.push(`- … and ${items.length - LISTED} more in import-report.json`);
    out.push('');
  }
  out.push(
    '## Run it again',
    '',
    'Adjust `sections.yaml` beside this report if you like, then:',
    '',
    '```sh',
    r.command,
    '```',
    '',
  );
  return out.join('\n');
}
