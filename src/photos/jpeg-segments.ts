/** The metadata blocks of a JPEG that carry a photo's credit, as sharp's `metadata()` hands them over. */
export interface JpegMetadata {
  /** APP13 "Photoshop 3.0": the IPTC IIM records (read by `readIptc`). */
  iptc?: Uint8Array | undefined;
  /** APP1 XMP packet (read by `readXmp`). */
  xmp?: Uint8Array | undefined;
}

const XMP_HEADER = 'http://ns.adobe.com/xap/1.0/\0';
const PHOTOSHOP_HEADER = 'Photoshop 3.0\0';
const ascii = new TextDecoder('latin1');

/**
 * Finds the IPTC and XMP blocks of a JPEG without decoding it, in the browser as in Node: the
 * editor offers a dropped photo's own credit from them. Reads marker lengths only, so it stops at
 * the first scan or at a length that runs past the file; anything else yields nothing.
 */
export function jpegMetadata(bytes: Uint8Array): JpegMetadata {
  const found: JpegMetadata = {};
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return found;
  let at = 2;
  while (at + 4 <= bytes.length && bytes[at] === 0xff) {
    const marker = bytes[at + 1]!;
    if (marker === 0xda || marker === 0xd9) break;
    const length = (bytes[at + 2]! << 8) | bytes[at + 3]!;
    if (length < 2 || at + 2 + length > bytes.length) break;
    const payload = bytes.subarray(at + 4, at + 2 + length);
    const starts = (header: string) => ascii.decode(payload.subarray(0, header.length)) === header;
    if (marker === 0xe1 && starts(XMP_HEADER)) found.xmp ??= payload.subarray(XMP_HEADER.length);
    if (marker === 0xed && starts(PHOTOSHOP_HEADER)) found.iptc ??= payload.subarray(PHOTOSHOP_HEADER.length);
    at += 2 + length;
  }
  return found;
}
