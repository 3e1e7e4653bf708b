import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';

export const scratch = () => mkdtempSync(join(tmpdir(), 'broadsheet-photos-'));

/** A photo-like JPEG (a gradient with a shape) of the given size; `options` adds EXIF or XMP. */
export async function makeJpeg(
  path: string,
  width: number,
  height: number,
  options: { orientation?: number; xmp?: string } = {},
) {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="#6a8fc0"/><rect x="0" y="0" width="${width / 4}" height="${height / 4}" fill="#c04a2f"/></svg>`;
  let image = sharp(Buffer.from(svg)).jpeg({ quality: 70 });
  if (options.orientation) image = image.withMetadata({ orientation: options.orientation });
  if (options.xmp) image = image.withXmp(options.xmp);
  await image.toFile(path);
  return path;
}

/** IIM dataset 2:N as agencies write it into APP13. */
const dataset = (n: number, text: string) => {
  const value = Buffer.from(text, 'utf8');
  return Buffer.concat([Buffer.from([0x1c, 0x02, n, value.length >> 8, value.length & 0xff]), value]);
};

/** Inserts a Photoshop APP13 segment carrying IPTC By-line, Credit, Source and Copyright Notice. */
export async function makeIptcJpeg(path: string, iptc: { byline: string; credit: string; source: string; copyright: string }) {
  const base = await sharp({ create: { width: 640, height: 400, channels: 3, background: '#777' } })
    .jpeg()
    .toBuffer();
  const iim = Buffer.concat([
    dataset(80, iptc.byline),
    dataset(110, iptc.credit),
    dataset(115, iptc.source),
    dataset(116, iptc.copyright),
  ]);
  const size = Buffer.alloc(4);
  size.writeUInt32BE(iim.length);
  const resource = Buffer.concat([Buffer.from('8BIM'), Buffer.from([0x04, 0x04, 0, 0]), size, iim, Buffer.alloc(iim.length % 2)]);
  const payload = Buffer.concat([Buffer.from('Photoshop 3.0\0'), resource]);
  const header = Buffer.from([0xff, 0xed, (payload.length + 2) >> 8, (payload.length + 2) & 0xff]);
  writeFileSync(path, Buffer.concat([base.subarray(0, 2), header, payload, base.subarray(2)]));
  return path;
}
