/**
 * Lays Ghost's own export fixtures (TryGhost/Ghost, MIT licence) out under .broadsheet/archives/ghost/,
 * for the Ghost reader to be tried on real exports made by Ghost 2, 3 and 4. See docs/migrating/ghost.md.
 *
 *   npm run archive:ghost                          # downloads them from raw.githubusercontent.com
 *   npm run archive:ghost -- --from <folder>       # copies them from a folder that holds them
 *   npm run archive:ghost -- --out <folder>        # somewhere else than .broadsheet/archives/ghost
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

/** Each export at the Ghost commit it was read from: the files moved and changed over the years. */
const EXPORTS: Record<string, string> = {
  'v2_export.json': '3d989eba2371235d41468f7699a08e46fc2b1e87',
  'v3_export.json': '49294f06d8a7228fa8364582584d2b51ad3b3d25',
  'v4_export.json': '3b984a9a6c180211a6d5728a8f38aec157121ed9',
};
const PATH = 'ghost/core/test/utils/fixtures/export';

const { values } = parseArgs({
  options: { from: { type: 'string' }, out: { type: 'string', default: '.broadsheet/archives/ghost' } },
});
const out = resolve(values.out);
mkdirSync(out, { recursive: true });

let laid = 0;
for (const [name, commit] of Object.entries(EXPORTS)) {
  const target = join(out, name);
  try {
    if (values.from) {
      const source = join(resolve(values.from), name);
      if (!existsSync(source)) throw new Error(`not in ${values.from}`);
      copyFileSync(source, target);
    } else {
      const url = `https://raw.githubusercontent.com/TryGhost/Ghost/${commit}/${PATH}/${name}`;
      const response = await fetch(url, { signal: AbortSignal.timeout(60_000) });
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      writeFileSync(target, Buffer.from(await response.arrayBuffer()));
    }
    // A file that is not JSON would only fail later, inside the reader, with a less useful message.
    JSON.parse(readFileSync(target, 'utf8'));
    console.log(`${name}: ${statSync(target).size} bytes`);
    laid++;
  } catch (error) {
    console.error(`${name}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
// Some of them are enough (a folder may hold only v4): the run fails only when none was laid out.
if (laid) console.log(`read one: node scripts/archives/ghost-read.ts ${join(values.out, 'v4_export.json')}`);
process.exitCode = laid ? 0 : 1;
