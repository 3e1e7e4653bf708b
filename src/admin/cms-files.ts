import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The folder of Decap CMS's prebuilt bundle, as npm installed it. */
export const CMS_DIST = join(dirname(createRequire(import.meta.url).resolve('decap-cms/package.json')), 'dist');

/**
 * The files of the bundle the editor loads with the given extension, without it: the main script
 * and the chunks it loads on demand (`<n>.decap-cms`, found beside it by the script's own address),
 * and its WebAssembly. Source maps and the second copy of the bundle (`cms.js`) stay behind: 100 MB
 * no reader or editor needs.
 */
export function cmsFiles(extension: 'js' | 'wasm'): { params: { name: string } }[] {
  const wanted = extension === 'js' ? /^(?:\d+\.)?decap-cms\.js$/ : /\.wasm$/;
  return readdirSync(CMS_DIST)
    .filter((file) => wanted.test(file))
    .sort()
    .map((file) => ({ params: { name: file.slice(0, -(extension.length + 1)) } }));
}

const TYPES = { js: 'text/javascript; charset=utf-8', wasm: 'application/wasm' };

/** One file of the bundle, as it is. */
export function cmsFile(name: string, extension: 'js' | 'wasm'): Response {
  return new Response(readFileSync(join(CMS_DIST, `${name}.${extension}`)), { headers: { 'Content-Type': TYPES[extension] } });
}
