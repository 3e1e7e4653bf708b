/**
 * `npm run import`: brings an archive in as Broadsheet content (src/import/, docs/migrating.md).
 *   npm run import -- --from wordpress|hugo|jekyll|ghost SOURCE [--content content] [--import-dir import]
 *   [--pages] [--offline] [--uploads <folder>] [--include <content folder>]… [--base-url <old site>]
 *   [--timezone <Area/City>] [--no-check]
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readerFor } from '../src/import/readers.ts';
import { siteOptions, SOURCE_KINDS, type SourceKind } from '../src/import/run/options.ts';
import { runImport } from '../src/import/run/run-import.ts';
import { SectionMapError } from '../src/import/run/section-map.ts';
import { contentDir } from '../src/model/paths.ts';
import { loadSite } from '../src/tooling/load-site.ts';

const USAGE = `usage: npm run import -- --from <${SOURCE_KINDS.join('|')}> SOURCE [--content <folder>] [--import-dir <folder>]
       [--pages] [--offline] [--uploads <folder>] [--include <folder>]… [--base-url <https://old.example>]
       [--timezone <Area/City>] [--no-check]`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    from: { type: 'string' },
    content: { type: 'string', default: contentDir() },
    'import-dir': { type: 'string', default: 'import' },
    pages: { type: 'boolean', default: false },
    offline: { type: 'boolean', default: false },
    uploads: { type: 'string' },
    include: { type: 'string', multiple: true },
    'base-url': { type: 'string' },
    timezone: { type: 'string' },
    'no-check': { type: 'boolean', default: false },
  },
});
const kind = values.from as SourceKind | undefined;
if (!kind || !SOURCE_KINDS.includes(kind) || positionals.length !== 1) {
  console.error(USAGE);
  process.exit(2);
}
const site = await loadSite();
const source = resolve(positionals[0]!);
const options = {
  kind,
  source,
  content: resolve(values.content),
  importDir: resolve(values['import-dir']),
  pages: values.pages,
  offline: values.offline,
  uploads: values.uploads && resolve(values.uploads),
  include: values.include,
  baseUrl: values['base-url'],
  ...siteOptions(site),
  // The old site's zone, for the dates it wrote without one (drafts, Hugo and Jekyll dates).
  ...(values.timezone ? { timezone: values.timezone } : {}),
  check: !values['no-check'],
  command: `npm run import -- ${process.argv.slice(2).join(' ')}`,
};
try {
  const report = await runImport(options, await readerFor(options), site);
  console.log(`report: ${resolve(options.importDir, 'import-report.md')}`);
  if (report.check?.errors) process.exitCode = 1;
} catch (error) {
  if (!(error instanceof SectionMapError)) throw error;
  console.error(`the section file has mistakes; fix them and run again:\n${error.message}`);
  process.exit(1);
}
