import exifReader from 'exif-reader';
import { firstCredit, readIptc, readXmp, type FileCredit } from './file-credit.ts';

export function readExif(buffer: Uint8Array | undefined): FileCredit {
  if (!buffer) return {};
  try {
    const image = exifReader(Buffer.from(buffer)).Image;
    return { photographer: image?.Artist?.trim() || undefined, copyright: image?.Copyright?.trim() || undefined };
  } catch {
    return {};
  }
}

/** The best credit the file offers: IPTC first (what agencies fill in), then XMP, then EXIF. */
export function fileCredit(meta: {
  iptc?: Uint8Array | undefined;
  xmp?: Uint8Array | undefined;
  exif?: Uint8Array | undefined;
}): FileCredit {
  return firstCredit([readIptc(meta.iptc), readXmp(meta.xmp), readExif(meta.exif)]);
}
