import { CATALOGUE } from './catalogue/index.ts';
import type { Problem } from './problems.ts';

// GitHub's workflow commands end a value at a newline, and a property at `,` or `:`.
const data = (text: string) => text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
const property = (text: string) => data(text).replaceAll(':', '%3A').replaceAll(',', '%2C');

/**
 * Each problem as a GitHub Actions annotation (`::error file=…,line=…,title=…::…`): GitHub shows it
 * on the line of the file in the pull request, where an editor who saved from `/admin/` sees it.
 */
export function githubAnnotations(problems: readonly Problem[]): string[] {
  return problems.map((p) => {
    const where = [`file=${property(p.file)}`, p.line ? `line=${p.line}` : '', `title=${property(CATALOGUE[p.kind].title)}`];
    const field = p.field ? `${p.field}: ` : '';
    return `::${p.severity === 'error' ? 'error' : 'warning'} ${where.filter(Boolean).join(',')}::${data(`${field}${p.message}. Fix: ${p.hint}`)}`;
  });
}

const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

/** The run's summary page (`$GITHUB_STEP_SUMMARY`): a table of file, line, field, problem and fix. */
export function githubSummary(problems: readonly Problem[], stories: number): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const head = errors
    ? `### Content check: ${errors} error${errors === 1 ? '' : 's'} to fix before this can be published`
    : `### Content check: ${stories} stories, no errors`;
  if (!problems.length) return `${head}\n`;
  const rows = problems.map(
    (p) =>
      `| ${p.severity} | \`${cell(p.file)}\`${p.line ? `:${p.line}` : ''} | ${p.field ? `\`${cell(p.field)}\`` : ''} | ${cell(p.message)} | ${cell(p.hint)} |`,
  );
  const warnings = problems.length - errors;
  const note = warnings
    ? `\n${warnings} warning${warnings === 1 ? '' : 's'}: the copy desk's questions; they do not stop publishing.\n`
    : '';
  return [head, '', '| | file | field | problem | fix |', '| --- | --- | --- | --- | --- |', ...rows, note].join('\n');
}
