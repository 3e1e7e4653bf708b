import { linkSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { runBuild, runScript, type BuildRun } from './run-build.ts';
import { writeGeneratedWxr } from './wxr-generator.ts';

export interface ImportBench {
  import: BuildRun;
  /** The cold build of what the import wrote: the import should take less. */
  build: BuildRun;
  exportMb: number;
}

/**
 * `npm run import` on a generated WordPress export of `n` posts (about 3 kB of text each, a photo
 * for every ten, in an uploads folder beside it, as a newsroom copies `wp-content/uploads`), then a
 * cold build of the result: the issue asks that importing take less time than building.
 */
export async function benchImport(root: string, n: number): Promise<ImportBench> {
  rmSync(root, { recursive: true, force: true });
  const uploads = join(root, 'uploads', '2025', '11');
  mkdirSync(uploads, { recursive: true });
  const photo = join(root, 'photo.jpg');
  await sharp({ create: { width: 1600, height: 1000, channels: 3, background: '#52708a' } })
    .jpeg({ quality: 80 })
    .toFile(photo);
  // One file per attachment, as an export has, without writing thousands of encodes.
  for (let a = 1; a <= Math.ceil(n / 10); a++) linkSync(photo, join(uploads, `quay-${1_000_000 + a}.jpg`));
  const wxr = join(root, 'export.xml');
  const bytes = await writeGeneratedWxr(wxr, n);
  const content = join(root, 'content');
  const run = await runScript(
    'scripts/import.ts',
    ['--from', 'wordpress', wxr, '--uploads', join(root, 'uploads'), '--content', content, '--import-dir', join(root, 'import')],
    {},
  );
  const build = await runBuild({
    BROADSHEET_CONTENT: content,
    BROADSHEET_DIST: join(root, 'dist'),
    BROADSHEET_CACHE_DIR: join(root, 'astro-cache'),
    BROADSHEET_IMAGE_CACHE: join(root, 'image-cache'),
  });
  return { import: run, build, exportMb: Math.round(bytes / 1048576) };
}
