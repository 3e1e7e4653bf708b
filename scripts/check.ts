/**
 * `npm run check`: validates all content without building and lists every problem at once.
 * Exit code 1 when there is an error; warnings alone pass.
 */
import { parseArgs } from 'node:util';
import { checkContent } from '../src/lib/check-content.ts';
import { formatProblems, sortProblems } from '../src/lib/problems.ts';
import site from '../src/site.config.ts';

const { values } = parseArgs({
  options: { format: { type: 'string', default: 'text' }, root: { type: 'string', default: process.cwd() } },
});
const index = await checkContent(values.root, site);
const errors = index.problems.filter((p) => p.severity === 'error').length;

if (values.format === 'json') {
  console.log(JSON.stringify({ articles: index.articles.length, errors, problems: sortProblems(index.problems) }, null, 2));
} else {
  const color = process.stdout.isTTY && !process.env['NO_COLOR'];
  if (index.problems.length) console.log(formatProblems(index.problems, Boolean(color)));
  console.log(errors ? `\nContent check failed.` : `Checked ${index.articles.length} articles: content is valid.`);
}
process.exitCode = errors ? 1 : 0;
