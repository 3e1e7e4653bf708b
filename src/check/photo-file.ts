import { realpath, stat } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import sharp, { type Metadata } from 'sharp';
import { MAX_INPUT_PIXELS } from '../photos/limit.ts';
import { fetchRemotePhoto, isRemotePhoto } from '../photos/remote-photo.ts';
import type { ContentFile } from './files.ts';
import { problem, type Problem, type Where } from './problems.ts';

/**
 * Photos are opened by the build, so a file that declares absurd dimensions (a "decompression
 * bomb": a few kilobytes that unpack to gigabytes) or a huge original must be stopped here.
 * Dimensions are read from the header without decoding the pixels.
 */
export const MAX_IMAGE_PIXELS = MAX_INPUT_PIXELS;
export const MAX_IMAGE_BYTES = 50 * 1024 * 1024;
/** Formats the build can resize; sharp reports AVIF as `heif`. */
const FORMATS = new Set(['jpeg', 'png', 'webp', 'heif', 'gif', 'tiff', 'svg']);

export type ImageCheck = { problem: Problem; meta?: undefined } | { problem?: undefined; meta: Metadata };

/**
 * What is wrong with the photo at `src` (relative to `source`), reported at `where`; or, when the
 * build can use it, the header already read, so later checks need not open the file again.
 */
export async function checkImage(source: ContentFile, contentRoot: string, src: string, where: Where): Promise<ImageCheck> {
  const fail = (found: Problem) => ({ problem: found });
  // Fetched here, so a photo the check passed is one the build has: the check and the build share the cache.
  if (isRemotePhoto(src)) {
    const fetched = await fetchRemotePhoto(src);
    if (!fetched.ok) return fail(problem('RemotePhotoFailed', where, { src, detail: fetched.detail }));
    return checkPhotoFile(fetched.path, src, where);
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(src) && !/^[a-z]:\\/i.test(src)) return fail(problem('RemotePhoto', where, { src }));
  if (src.includes('\\')) return fail(problem('BackslashPath', where, { src }));
  const abs = resolve(dirname(source.absPath), src);
  if (isAbsolute(src) || escapes(contentRoot, abs)) return fail(problem('PhotoOutsideContent', where, { src }));
  const info = await stat(abs).catch(() => undefined);
  if (!info?.isFile()) return fail(problem('PhotoMissing', where, { src, file: source.file }));
  // A symbolic link inside content/ may still point anywhere on the machine.
  const [realRoot, realFile] = await Promise.all([realpath(contentRoot), realpath(abs)]);
  if (escapes(realRoot, realFile)) return fail(problem('PhotoOutsideContent', where, { src }));
  return checkPhotoFile(abs, src, where);
}

/** The file itself, wherever it came from: its size, its header, its format and its pixels. */
async function checkPhotoFile(abs: string, src: string, where: Where): Promise<ImageCheck> {
  const fail = (found: Problem) => ({ problem: found });
  const info = await stat(abs);
  if (info.size === 0) return fail(problem('EmptyPhoto', where, { src }));
  if (info.size > MAX_IMAGE_BYTES)
    return fail(problem('PhotoTooLarge', where, { src, mb: mb(info.size), limit: mb(MAX_IMAGE_BYTES) }));
  const meta = await sharp(abs, { limitInputPixels: false })
    .metadata()
    .catch((e: Error) => e);
  if (meta instanceof Error || !meta.width || !meta.height)
    return fail(problem('UnreadablePhoto', where, { src, detail: meta instanceof Error ? meta.message : undefined }));
  if (!FORMATS.has(meta.format))
    return fail(problem('UnsupportedPhotoFormat', where, { src, format: meta.format.toUpperCase() }));
  const pixels = meta.width * meta.height * (meta.pages ?? 1);
  if (pixels > MAX_IMAGE_PIXELS) {
    const size = { width: meta.width, height: meta.height, megapixels: Math.round(pixels / 1e6) };
    return fail(problem('PhotoTooManyPixels', where, { src, ...size, limit: MAX_IMAGE_PIXELS / 1e6 }));
  }
  return { meta };
}

const escapes = (root: string, path: string) => {
  const rel = relative(root, path);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel);
};
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
