import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import sharp, { type Metadata } from 'sharp';
import type { Credit } from '../model/schemas/credit.ts';
import { MAX_INPUT_PIXELS } from './limit.ts';
import type { SourceInfo } from './plan.ts';
import { cacheVersion } from '../incremental/cache-version.ts';
import { type FileCredit } from './file-credit.ts';
import { fileCredit } from './read-credit.ts';

export interface Photo extends SourceInfo {
  path: string;
  /** Credit found in the file's own IPTC/XMP/EXIF. */
  fileCredit: FileCredit;
}

interface Source {
  /** sha256 of the file's bytes. */
  digest: string;
  meta: Metadata;
}

const sources = new Map<string, Promise<Source>>();

/**
 * Reads a source photo once per build (per path, size and mtime): the hash of its bytes and its
 * header. Page cache keys and every derivative of the photo share the one read.
 */
export async function readSource(path: string): Promise<Source> {
  const info = await stat(path);
  const key = `${path}:${info.size}:${info.mtimeMs}`;
  let source = sources.get(key);
  if (!source) {
    source = readFile(path).then(async (bytes) => ({
      digest: createHash('sha256').update(bytes).digest('hex'),
      meta: await sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS }).metadata(),
    }));
    sources.set(key, source);
  }
  return source;
}

/** A source photo as the pipeline plans it: dimensions, a hash naming its derivatives, embedded credit. */
export async function inspectPhoto(path: string, embeddedKey: string): Promise<Photo> {
  const { digest, meta } = await readSource(path);
  // The credit embedded in the derivatives and the code that makes them (encoder settings, the share
  // card's drawing, the XMP: the registry's `photos`) are part of their names, so a change re-encodes.
  const hash = createHash('sha256').update(digest).update(embeddedKey).update(cacheVersion('photos')).digest('hex');
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
