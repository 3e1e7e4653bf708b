import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import sharp from 'sharp';
import type { Credit } from '../../schemas/credit.ts';
import { MAX_INPUT_PIXELS } from './encode.ts';
import { ENCODER, type SourceInfo } from './plan.ts';
import { fileCredit, type FileCredit } from './read-credit.ts';

export interface Photo extends SourceInfo {
  path: string;
  /** Credit found in the file's own IPTC/XMP/EXIF. */
  fileCredit: FileCredit;
}

const cache = new Map<string, Promise<Photo>>();

/** Reads a source photo once per build (per path, size and mtime): dimensions, hash and embedded credit. */
export async function inspectPhoto(path: string, embeddedKey: string): Promise<Photo> {
  const info = await stat(path);
  const key = `${path}:${info.size}:${info.mtimeMs}:${embeddedKey}`;
  let photo = cache.get(key);
  if (!photo) {
    photo = load(path, embeddedKey);
    cache.set(key, photo);
  }
  return photo;
}

async function load(path: string, embeddedKey: string): Promise<Photo> {
  const bytes = await readFile(path);
  const meta = await sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS }).metadata();
  const hash = createHash('sha256').update(bytes).update(embeddedKey).update(JSON.stringify(ENCODER)).digest('hex');
  const stem =
    basename(path, extname(path))
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'photo';
  return { path, hash, stem, ...meta.autoOrient, fileCredit: fileCredit(meta) };
}

/** Frontmatter wins; the file's own credit fills in when the editor gave none. */
export function effectiveCredit(given: Credit | undefined, file: FileCredit): Credit | undefined {
  if (given) return given;
  const source = file.source ?? file.creditLine;
  if (!source && !file.photographer) return undefined;
  return { source, photographer: file.photographer, copyright: file.copyright };
}
