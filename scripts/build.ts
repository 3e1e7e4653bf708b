/** `npm run build [-- --force]`: see src/publish/build-site.ts. */
import { resolve } from 'node:path';
import { buildSite } from '../src/publish/build-site.ts';

const root = process.cwd();
process.exitCode = await buildSite({
  root,
  dist: resolve(root, process.env['BROADSHEET_DIST'] ?? 'dist'),
  astroArgs: process.argv.slice(2),
});
