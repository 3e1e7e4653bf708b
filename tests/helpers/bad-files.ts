import { crc32, deflateSync } from 'node:zlib';

/**
 * A valid 1 KB PNG that declares `width`×`height` pixels: the shape of a decompression bomb.
 * Only the header matters to the checker, which must refuse it without decoding the pixels.
 */
export function pngDeclaring(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.alloc(width + 1))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Text as Windows saves it when asked for "Unicode": UTF-16 little-endian with a byte-order mark. */
export const utf16 = (text: string) => Buffer.from(`\uFEFF${text}`, 'utf16le');

/** Text in Windows-1252, where curly quotes and é are single bytes that are not UTF-8. */
export const windows1252 = (text: string) =>
  Buffer.from([...text].map((c) => ({ '“': 0x93, '”': 0x94, '’': 0x92 })[c] ?? c.charCodeAt(0)));
