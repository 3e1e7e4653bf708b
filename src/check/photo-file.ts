import { realpath, stat } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import sharp, { type Metadata } from 'sharp';
import { MAX_INPUT_PIXELS } from '../images/encode.ts';
import type { ContentFile } from './files.ts';

/**
 * Photos are opened by the build, so a file that declares absurd dimensions (a "decompression
 * bomb": a few kilobytes that unpack to gigabytes) or a huge original must be stopped here.
 * Dimensions are read from the header without decoding the pixels.
 */
export const MAX_IMAGE_PIXELS = MAX_INPUT_PIXELS;
export const MAX_IMAGE_BYTES = 50 * 1024 * 1024;
/** Formats the build can resize; sharp reports AVIF as `heif`. */
const FORMATS = new Set(['jpeg', 'png', 'webp', 'heif', 'gif', 'tiff', 'svg']);

export type ImageCheck = { problem: [string, string]; meta?: undefined } | { problem?: undefined; meta: Metadata };

/**
 * What is wrong with the photo at `src` as `[message, hint]`, or, when the build can use it, the
 * header already read, so later checks need not open the file again.
 */
export async function checkImage(source: ContentFile, contentRoot: string, src: string): Promise<ImageCheck> {
  const problem = await imageProblem(source, contentRoot, src);
  return Array.isArray(problem) ? { problem } : { meta: problem };
}

async function imageProblem(source: ContentFile, contentRoot: string, src: string): Promise<[string, string] | Metadata> {
  if (/^[a-z][a-z0-9+.-]*:/i.test(src) && !/^[a-z]:\\/i.test(src))
    return [
      `photos must be files in the content folder, not "${src}"`,
      'save the photo under content/images/ and give its relative path',
    ];
  if (src.includes('\\'))
    return [`the photo path "${src}" uses backslashes`, 'write paths with forward slashes, e.g. ../../images/harbour.jpg'];
  const abs = resolve(dirname(source.absPath), src);
  const outside = [
    `"${src}" is outside the content folder`,
    'keep photos under content/images/ and give a path relative to this file',
  ] as [string, string];
  if (isAbsolute(src) || escapes(contentRoot, abs)) return outside;
  const info = await stat(abs).catch(() => undefined);
  if (!info?.isFile()) return [`photo "${src}" does not exist`, `check the file name; the path is relative to ${source.file}`];
  // A symbolic link inside content/ may still point anywhere on the machine.
  const [realRoot, realFile] = await Promise.all([realpath(contentRoot), realpath(abs)]);
  if (escapes(realRoot, realFile)) return outside;
  if (info.size === 0) return [`photo "${src}" is an empty file`, 'export the photo again'];
  if (info.size > MAX_IMAGE_BYTES)
    return [
      `photo "${src}" is ${mb(info.size)} MB`,
      `export it at most ${mb(MAX_IMAGE_BYTES)} MB, e.g. 3000 pixels wide at 85% JPEG quality`,
    ];
  const meta = await sharp(abs, { limitInputPixels: false })
    .metadata()
    .catch((e: Error) => e);
  if (meta instanceof Error || !meta.width || !meta.height)
    return [
      `photo "${src}" cannot be read as an image${meta instanceof Error ? ` (${meta.message})` : ''}`,
      'export it again as JPEG, PNG, WebP or AVIF',
    ];
  if (!FORMATS.has(meta.format))
    return [
      `photo "${src}" is a ${meta.format.toUpperCase()} file, which the site cannot publish`,
      'export it again as JPEG, PNG, WebP or AVIF',
    ];
  const pixels = meta.width * meta.height * (meta.pages ?? 1);
  if (pixels > MAX_IMAGE_PIXELS)
    return [
      `photo "${src}" claims to be ${meta.width}×${meta.height} pixels (${Math.round(pixels / 1e6)} megapixels)`,
      `the limit is ${MAX_IMAGE_PIXELS / 1e6} megapixels: export it smaller, e.g. 3000 pixels wide`,
    ];
  return meta;
}

const escapes = (root: string, path: string) => {
  const rel = relative(root, path);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel);
};
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
