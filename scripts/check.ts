/**
 * `npm run check`: validates all content without building and lists every problem at once.
 * Exit code 1 when there is an error; warnings alone pass. `--fix` first makes the safe fixes
 * (see src/check/fix-files.ts); `--format json` prints one JSON document for tools; `--format github`
 * adds GitHub Actions annotations and, in a workflow, a table on the run's summary page. The listing ends
 * with a count of each kind (src/check/summary.ts); `--errors-only` leaves warnings out of the listing
 * and the summary, and counts them in the totals.
 */
import { appendFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent } from '../src/check/index.ts';
import { fixContentFiles } from '../src/check/fix-files.ts';
import { cachePath } from '../src/incremental/cache-version.ts';
import { cacheDir } from '../src/model/paths.ts';
import { formatProblems, sortProblems } from '../src/check/problems.ts';
import { summarize } from '../src/check/summary.ts';
import { siteConfigErrorProblems } from '../src/check/site-config.ts';
import { SiteConfigError } from '../src/model/site-config.ts';
import { githubAnnotations, githubSummary } from '../src/check/github-report.ts';

const { values } = parseArgs({
  options: {
    format: { type: 'string', default: 'text' },
    root: { type: 'string', default: process.cwd() },
    fix: { type: 'boolean', default: false },
    'errors-only': { type: 'boolean', default: false },
  },
});
if (!['text', 'json', 'github'].includes(values.format)) {
  console.error(`--format must be text, json or github, not "${values.format}"`);
  process.exit(2);
}

// A broken site config is listed like content problems (the content cannot be checked without it).
const site = await import('../src/site.config.ts').then(
  (m) => m.default,
  (error: unknown) => {
    if (!(error instanceof SiteConfigError)) throw error;
    const problems = siteConfigErrorProblems(error);
    if (values.format === 'json')
      console.log(
        JSON.stringify({ stories: 0, errors: problems.length, warnings: 0, summary: summarize(problems), problems }, null, 2),
      );
    else
      console.log(
        `${formatProblems(problems, Boolean(process.stdout.isTTY && !process.env['NO_COLOR']))}\n\nSite config check failed.`,
      );
    process.exit(1);
  },
);

const fixed = values.fix ? await fixContentFiles(values.root, site.timezone) : [];
// The build's check cache: a story whose file is unchanged since the last check or build is not read
// again (in CI the content is checked, then built).
const cacheFile = cachePath('checks', resolve(values.root, cacheDir()));
const index = await checkContent(values.root, site, undefined, undefined, { cacheFile });
const errors = index.problems.filter((p) => p.severity === 'error').length;
const errorsOnly = values['errors-only'];
const listed = errorsOnly ? index.problems.filter((p) => p.severity === 'error') : index.problems;

if (values.format === 'json') {
  const warnings = index.problems.length - errors;
  const report = { stories: index.stories.length, errors, warnings, summary: summarize(listed), problems: sortProblems(listed) };
  console.log(JSON.stringify(values.fix ? { ...report, fixed } : report, null, 2));
} else {
  if (values.format === 'github') {
    for (const line of githubAnnotations(sortProblems(listed))) console.log(line);
    const summary = process.env['GITHUB_STEP_SUMMARY'];
    if (summary) appendFileSync(summary, githubSummary(sortProblems(listed), index.stories.length));
  }
  const color = process.stdout.isTTY && !process.env['NO_COLOR'];
  for (const f of fixed) console.log(`fixed ${f.file}:${f.line}  ${f.message}`);
  if (fixed.length) console.log('');
  if (index.problems.length) console.log(formatProblems(index.problems, Boolean(color), { errorsOnly, summary: true }));
  console.log(errors ? `\nContent check failed.` : `Checked ${index.stories.length} stories: content is valid.`);
}
process.exitCode = errors ? 1 : 0;
