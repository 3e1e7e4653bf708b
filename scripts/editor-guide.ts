/**
 * `npm run guide`: regenerates the field tables in docs/editing.md from the schemas' JSDoc, keeping
 * the prose around them, and docs/problems.md from the checker's catalogue. `--check` only reports
 * whether they are stale (exit 1).
 */
import { guideFile, writeGenerated } from '../src/tooling/generated-files.ts';
import { problemsFile } from '../src/tooling/problems-doc.ts';
import { loadSite } from '../src/tooling/load-site.ts';

const site = await loadSite();

const check = process.argv.includes('--check');
const root = process.cwd();
const stale = await writeGenerated(root, [await guideFile(root, site), await problemsFile(root)], check);
if (check && stale.length) {
  console.error(`Out of date: ${stale.join(', ')}. Run \`npm run guide\` and commit the result.`);
  process.exitCode = 1;
} else console.log(stale.length ? `Wrote ${stale.join(', ')}` : 'The editor guide and docs/problems.md are up to date.');
