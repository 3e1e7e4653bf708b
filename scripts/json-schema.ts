/**
 * `npm run schema`: writes `schemas/*.schema.json` from the zod schemas in `src/model/schemas/`, for
 * editors' YAML support and other tools. `--check` only reports whether they are stale (exit 1).
 */
import { schemaFiles, writeGenerated } from '../src/tooling/generated-files.ts';
import { loadSite } from '../src/tooling/load-site.ts';

const site = await loadSite();

const check = process.argv.includes('--check');
const stale = await writeGenerated(process.cwd(), await schemaFiles(process.cwd(), site), check);
if (check && stale.length) {
  console.error(`Out of date: ${stale.join(', ')}. Run \`npm run schema\` and commit the result.`);
  process.exitCode = 1;
} else console.log(stale.length ? `Wrote ${stale.join(', ')}` : 'The JSON Schemas are up to date.');
