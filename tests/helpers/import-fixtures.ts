import { join } from 'node:path';
import { readerFor } from '../../src/import/readers.ts';
import { siteOptions, type ImportOptions, type SourceKind } from '../../src/import/run/options.ts';
import { runImport } from '../../src/import/run/run-import.ts';
import type { ImportReport } from '../../src/import/run/report.ts';
import site from '../../src/site.config.ts';
import { PROJECT_ROOT } from './build.ts';

/** The build tests' fixed now (helpers/build.ts): the import is checked against the same day. */
export const IMPORT_NOW = new Date('2026-11-24T12:00:00Z');

const FIXTURES = join(PROJECT_ROOT, 'tests/fixtures/import');

/** Each fixture export as `npm run import` is given it: the file or folder, and the flags it needs. */
export const IMPORT_FIXTURES: Record<SourceKind, { source: string; extra: Partial<ImportOptions> }> = {
  wordpress: { source: join(FIXTURES, 'wordpress/export.xml'), extra: { uploads: join(FIXTURES, 'wordpress/uploads') } },
  ghost: { source: join(FIXTURES, 'ghost/export.json'), extra: {} },
  hugo: { source: join(FIXTURES, 'hugo'), extra: {} },
  jekyll: { source: join(FIXTURES, 'jekyll'), extra: {} },
};

/** The options `scripts/import.ts` would make, for a fixture into `content`, its import folder under `imports`. */
export function importOptions(
  kind: SourceKind,
  content: string,
  imports: string,
  extra: Partial<ImportOptions> = {},
): ImportOptions {
  return {
    kind,
    source: IMPORT_FIXTURES[kind].source,
    content,
    importDir: join(imports, kind),
    pages: false,
    offline: true,
    ...siteOptions(site),
    check: true,
    command: `npm run import -- --from ${kind} ${IMPORT_FIXTURES[kind].source}`,
    progress: () => undefined,
    ...IMPORT_FIXTURES[kind].extra,
    ...extra,
  };
}

/** Imports one fixture as the command does, against the sample paper's site config. */
export async function importFixture(
  kind: SourceKind,
  content: string,
  imports: string,
  extra: Partial<ImportOptions> = {},
): Promise<ImportReport> {
  const options = importOptions(kind, content, imports, extra);
  return runImport(options, await readerFor(options), site, IMPORT_NOW);
}
