import { join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { encode } from '../../src/photos/encode.ts';
import { flushMedia } from '../../src/photos/flush.ts';
import { effectiveCredit, inspectPhoto } from '../../src/photos/photo.ts';
import { planResponsive } from '../../src/photos/plan.ts';
import { fileCredit } from '../../src/photos/read-credit.ts';
import { derivativeJobs } from '../../src/photos/derivative-jobs.ts';
import { responsivePicture, socialCard } from '../../src/photos/pictures.ts';
import { writeFileSync } from 'node:fs';
import { pngDeclaring } from '../helpers/bad-files.ts';
import { makeIptcJpeg, makeJpeg, scratch } from '../helpers/photos.ts';

const credit = {
  source: 'Northwire Photo',
  photographer: 'Ada Brennan',
  location: 'HALLAM',
  date: '2026-11-18',
  copyright: '© 2026 Northwire Photo',
};
let dir: string;

beforeAll(() => {
  dir = scratch();
  process.env['BROADSHEET_IMAGE_CACHE'] = join(dir, 'cache');
});

describe('derivatives', () => {
  it('are AVIF, WebP and JPEG at the planned sizes, each carrying the credit', async () => {
    const path = await makeJpeg(join(dir, 'quay.jpg'), 1300, 800);
    const photo = await inspectPhoto(path, 'k');
    const variants = planResponsive(photo, 'inline');
    await Promise.all(
      variants.map((variant) => encode({ source: path, variant, embedded: { credit, alt: 'A quay' } }, join(dir, 'cache'))),
    );
    for (const v of variants) {
      const meta = await sharp(join(dir, 'cache', v.file)).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual([v.format === 'avif' ? 'heif' : v.format, v.width, v.height]);
      expect(fileCredit(meta)).toMatchObject({
        photographer: 'Ada Brennan',
        source: 'Northwire Photo',
        copyright: '© 2026 Northwire Photo',
      });
      expect(fileCredit(meta).creditLine).toBe('Northwire Photo – HALLAM – Nov 18, 2026 — Photo by Ada Brennan');
    }
    expect(variants.map((v) => v.width)).toEqual([480, 480, 480, 800, 800, 800, 1200, 1200, 1200]);
  });

  it('respect EXIF orientation', async () => {
    const path = await makeJpeg(join(dir, 'portrait.jpg'), 900, 600, { orientation: 6 });
    const picture = await responsivePicture({ path, alt: 'x' }, 'inline');
    expect([picture.img.width, picture.img.height]).toEqual([480, 720]);
  });

  it('make a 1200×630 social card', async () => {
    const path = await makeJpeg(join(dir, 'card.jpg'), 1600, 1067);
    const card = await socialCard(
      { path, alt: 'x', credit },
      { headline: 'Assembly delays <bridge> vote & more', siteName: 'The Hallam Courier' },
    );
    const job = derivativeJobs().get(card.url.replace('/_media/', ''))!;
    await encode(job, join(dir, 'cache'));
    const meta = await sharp(join(dir, 'cache', job.variant.file)).metadata();
    expect([meta.width, meta.height, meta.format]).toEqual([1200, 630, 'jpeg']);
  });
});

describe('credits read from the file', () => {
  it('reads IPTC By-line, Credit, Source and Copyright Notice', async () => {
    const path = await makeIptcJpeg(join(dir, 'agency.jpg'), {
      byline: 'Ines Moreau',
      credit: 'CoastPress',
      source: 'CoastPress Pool',
      copyright: '© 2026 CoastPress',
    });
    const photo = await inspectPhoto(path, 'k');
    expect(photo.fileCredit).toEqual({
      photographer: 'Ines Moreau',
      creditLine: 'CoastPress',
      source: 'CoastPress Pool',
      copyright: '© 2026 CoastPress',
    });
    expect(effectiveCredit(undefined, photo.fileCredit)).toEqual({
      source: 'CoastPress Pool',
      photographer: 'Ines Moreau',
      copyright: '© 2026 CoastPress',
    });
    expect(effectiveCredit(credit, photo.fileCredit)).toBe(credit);
  });

  it('uses the file credit on the page when the editor gave none', async () => {
    const path = await makeIptcJpeg(join(dir, 'agency2.jpg'), {
      byline: 'Ines Moreau',
      credit: 'CoastPress',
      source: 'CoastPress',
      copyright: '© CoastPress',
    });
    const picture = await responsivePicture({ path, alt: 'x' }, 'inline');
    expect(picture.credit).toMatchObject({ source: 'CoastPress', photographer: 'Ines Moreau' });
  });
});

describe('bad photos', () => {
  it('refuse a decompression bomb with the file named', async () => {
    const path = join(dir, 'bomb.png');
    writeFileSync(path, pngDeclaring(40_000, 40_000));
    const variant = { format: 'jpeg' as const, width: 800, height: 800, file: 'bomb-800.jpg' };
    await expect(flushMedia([{ source: path, variant, embedded: {} }], join(dir, 'cache'), join(dir, 'out'))).rejects.toThrow(
      /bomb\.png.*pixel limit/,
    );
  });
});
