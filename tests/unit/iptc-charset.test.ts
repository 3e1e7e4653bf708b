import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { fileCredit } from '../../src/photos/read-credit.ts';
import { scratch } from '../helpers/photos.ts';

// sharp cannot write IPTC, so these JPEGs carry an APP13 segment built byte by byte, as agencies' tools write it.
const dataset = (record: number, tag: number, bytes: Buffer) =>
  Buffer.concat([Buffer.from([0x1c, record, tag, bytes.length >> 8, bytes.length & 0xff]), bytes]);
const UTF8_DECLARED = Buffer.from([0x1b, 0x25, 0x47]);
const LATIN1_DECLARED = Buffer.from([0x1b, 0x2e, 0x41]);

async function jpegWithIim(name: string, iim: Buffer): Promise<string> {
  const base = await sharp({ create: { width: 64, height: 40, channels: 3, background: '#777' } })
    .jpeg()
    .toBuffer();
  const size = Buffer.alloc(4);
  size.writeUInt32BE(iim.length);
  const resource = Buffer.concat([Buffer.from('8BIM'), Buffer.from([0x04, 0x04, 0, 0]), size, iim, Buffer.alloc(iim.length % 2)]);
  const payload = Buffer.concat([Buffer.from('Photoshop 3.0\0'), resource]);
  const header = Buffer.from([0xff, 0xed, (payload.length + 2) >> 8, (payload.length + 2) & 0xff]);
  const path = join(scratch(), name);
  writeFileSync(path, Buffer.concat([base.subarray(0, 2), header, payload, base.subarray(2)]));
  return path;
}

const credit = async (path: string) => fileCredit(await sharp(path).metadata());

describe('IPTC strings in their declared character set', () => {
  it('reads Latin-1 bytes declared as ISO 8859-1', async () => {
    const path = await jpegWithIim(
      'latin1.jpg',
      Buffer.concat([
        dataset(1, 90, LATIN1_DECLARED),
        dataset(2, 80, Buffer.from('Renée Müller', 'latin1')),
        dataset(2, 115, Buffer.from('Agència Westmarch', 'latin1')),
        dataset(2, 116, Buffer.from('© 2026 Agència Westmarch', 'latin1')),
      ]),
    );
    expect(await credit(path)).toMatchObject({
      photographer: 'Renée Müller',
      source: 'Agència Westmarch',
      copyright: '© 2026 Agència Westmarch',
    });
  });

  it('reads UTF-8 declared with ESC % G', async () => {
    const path = await jpegWithIim(
      'utf8.jpg',
      Buffer.concat([dataset(1, 90, UTF8_DECLARED), dataset(2, 80, Buffer.from('Łucja Żak', 'utf8'))]),
    );
    expect((await credit(path)).photographer).toBe('Łucja Żak');
  });

  it('reads an undeclared string as UTF-8 when it is, else as Windows-1252', async () => {
    const utf8 = await jpegWithIim('bare-utf8.jpg', dataset(2, 80, Buffer.from('Renée Müller', 'utf8')));
    expect((await credit(utf8)).photographer).toBe('Renée Müller');
    // 0x93 and 0x94 are Windows-1252's curly quotes, which plain Latin-1 lacks.
    const cp1252 = await jpegWithIim(
      'bare-1252.jpg',
      dataset(2, 110, Buffer.from([0x93, 0x41, 0x67, 0xea, 0x6e, 0x63, 0x69, 0x61, 0x94])),
    );
    expect((await credit(cp1252)).creditLine).toBe('“Agência”');
  });
});
