import { lstat, realpath, stat } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import sharp, { type Metadata } from 'sharp';
import { MAX_INPUT_PIXELS } from '../photos/limit.ts';
import { fetchRemotePhoto, isRemotePhoto } from '../photos/remote-photo.ts';
import type { ContentFile } from './files.ts';
import { problem, type Problem, type Where } from './problems.ts';

/**
 * The one rule for a file a page shows (a lead photo, an in-body photo, an author's portrait, the
 * site logo): inside its folder once symbolic links are followed, a regular file, under the byte cap
 * (read from `stat`, before any byte is read), under the pixel cap (read from the header, before any
 * pixel is decoded: a "decompression bomb" is a few kilobytes that unpack to gigabytes), of a format
 * the build publishes, and whole: a file cut short or altered on the way fails the build's decoder,
 * so the checker decodes it first (see `decodes`).
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
  // Fetched here, so a photo the check passed is one the build has: the check and the build share the cache.
  if (isRemotePhoto(src)) {
    const fetched = await fetchRemotePhoto(src);
    if (!fetched.ok) return { problem: problem('RemotePhotoFailed', where, { src, detail: fetched.detail }) };
    return checkPhotoFile(fetched.path, src, where);
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(src) && !/^[a-z]:\\/i.test(src)) return { problem: problem('RemotePhoto', where, { src }) };
  if (src.includes('\\')) return { problem: problem('BackslashPath', where, { src }) };
  if (isAbsolute(src)) return { problem: problem('PhotoOutsideContent', where, { src }) };
  const abs = resolve(dirname(source.absPath), src);
  return checkLocalFile(contentRoot, abs, { src, where, from: source.file });
}

/**
 * A file that must lie inside `root` (the content folder, or `public/` for the logo): `abs` is
 * where `src` points, `from` the file its path is read from (for the hint), `folder` the root's name.
 */
export async function checkLocalFile(
  root: string,
  abs: string,
  { src, where, from, folder = 'content' }: { src: string; where: Where; from: string; folder?: string },
): Promise<ImageCheck> {
  const fail = (found: Problem) => ({ problem: found });
  if (escapes(root, abs)) return fail(problem('PhotoOutsideContent', where, { src, folder }));
  if (!(await lstat(abs).catch(() => undefined))) return fail(problem('PhotoMissing', where, { src, file: from }));
  // A symbolic link inside the folder may still point anywhere on the machine (or nowhere).
  const [realRoot, realFile] = await Promise.all([realpath(root), realpath(abs).catch(() => undefined)]);
  if (!realFile) return fail(problem('PhotoMissing', where, { src, file: from }));
  if (escapes(realRoot, realFile)) return fail(problem('PhotoOutsideContent', where, { src, folder }));
  return checkPhotoFile(realFile, src, where);
}

/** The file itself, wherever it came from: what it is, its size, its header, its format and its pixels. */
async function checkPhotoFile(abs: string, src: string, where: Where): Promise<ImageCheck> {
  const fail = (found: Problem) => ({ problem: found });
  // stat, not open: opening a named pipe would wait for a writer, and a device never ends.
  const info = await stat(abs);
  if (!info.isFile()) return fail(problem('PhotoNotAFile', where, { src, what: kindOf(info) }));
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
  if (!(await decodesOnce(abs, info))) return fail(problem('DamagedPhoto', where, { src }));
  return { meta };
}

/**
 * Each version of a file (path, size, modification time) is decoded once per process, however many
 * stories show it: an archive's shared photos, a portrait on every story of its author.
 */
const decoded = new Map<string, Promise<boolean>>();
function decodesOnce(abs: string, info: { size: number; mtimeMs: number }): Promise<boolean> {
  const key = `${abs}\0${info.size}\0${info.mtimeMs}`;
  let whole = decoded.get(key);
  if (!whole) decoded.set(key, (whole = decodes(abs)));
  return whole;
}

/**
 * Decodes the photo as the build's encoder will (sharp's default `failOn: 'warning'`), shrunk to a
 * thumbnail: JPEG and WebP shrink while decoding and the rest stream in strips. Measured on two busy
 * cores: 10–20 ms for the sample paper's photos, 0.1 s for a 24-megapixel JPEG, 0.7 s for a
 * 100-megapixel PNG, the process staying near 130 MB whatever the size.
 * A header that promises more than the data holds, or data cut short, is found here, not by the build.
 */
async function decodes(abs: string): Promise<boolean> {
  return sharp(abs, { failOn: 'warning', limitInputPixels: MAX_IMAGE_PIXELS, sequentialRead: true })
    .resize(32, 32, { fit: 'inside' })
    .raw()
    .toBuffer()
    .then(
      () => true,
      () => false,
    );
}

const kindOf = (info: Awaited<ReturnType<typeof stat>>) =>
  info.isDirectory() ? 'a folder' : info.isFIFO() ? 'a named pipe' : info.isSocket() ? 'a socket' : 'a device';
const escapes = (root: string, path: string) => {
  const rel = relative(root, path);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel);
};
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
