/**
 * `npm run guide`: regenerates the field tables in docs/editing.md from the schemas' JSDoc, keeping
 * the prose around them. `--check` only reports whether they are stale (exit 1).
 */
import { guideFile, writeGenerated } from '../src/tooling/generated-files.ts';
import site from '../src/site.config.ts';

const check = process.argv.includes('--check');
const stale = await writeGenerated(process.cwd(), [await guideFile(process.cwd(), site)], check);
if (check && stale.length) {
  console.error(`Out of date: ${stale.join(', ')}. Run \`npm run guide\` and commit the result.`);
  process.exitCode = 1;
} else console.log(stale.length ? `Wrote ${stale.join(', ')}` : 'The editor guide is up to date.');
