import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FlushStats } from '../../src/photos/flush.ts';
import { build, page } from '../helpers/build.ts';
import { copyFixtureContent } from '../helpers/content-copy.ts';
import { makeJpeg } from '../helpers/photos.ts';

let root: string;
const cache = () => join(root, 'image-cache');
const stats = () => JSON.parse(readFileSync(join(cache(), 'last-build.json'), 'utf8')) as FlushStats;
const run = () => {
  const result = build(join(root, 'content'), join(root, 'dist'), { BROADSHEET_IMAGE_CACHE: cache() });
  expect(result.status, result.output).toBe(0);
  return stats();
};

describe('the photo cache', () => {
  let cold: FlushStats;
  beforeAll(() => {
    root = copyFixtureContent().root;
    cold = run();
  });

  it('encodes every derivative once on a cold build', () => {
    expect(cold.encoded).toBe(cold.files);
    expect(cold.files).toBeGreaterThan(20);
    expect(readdirSync(join(root, 'dist', '_media')).sort()).toEqual(
      readdirSync(cache())
        .filter((f) => f !== 'last-build.json' && !f.endsWith('.sha256'))
        .sort(),
    );
  });

  it('encodes nothing when no photo changed', () => {
    const warm = run();
    expect(warm.encoded).toBe(0);
    expect(warm.reused).toBe(cold.files);
  });

  it('re-encodes only the photo that changed', async () => {
    await makeJpeg(join(root, 'content', 'images', 'market.jpg'), 900, 600);
    const after = run();
    expect(after.encoded).toBeGreaterThan(0);
    expect(after.encodedFiles.every((f) => f.startsWith('market-'))).toBe(true);
    const img = page(join(root, 'dist'), 'politics/council-vote/').querySelector('.story__body figure img');
    // The photo may be shown elsewhere with other words embedded, so it has several 800 px files: this is one of them.
    expect(after.encodedFiles.map((f) => `/_media/${f}`)).toContain(img?.getAttribute('src'));
  });

  it('sizes pictures so the page does not jump while they load', () => {
    const doc = page(join(root, 'dist'), 'politics/council-vote/');
    const lead = doc.querySelector('.figure--hero img')!;
    expect([
      lead.getAttribute('width'),
      lead.getAttribute('height'),
      lead.getAttribute('fetchpriority'),
      lead.getAttribute('loading'),
    ]).toEqual(['800', '450', 'high', 'eager']);
    const body = doc.querySelector('.story__body figure img')!;
    expect(body.getAttribute('loading')).toBe('lazy');
    expect([...doc.querySelectorAll('.figure--hero source')].map((s) => s.getAttribute('type'))).toEqual([
      'image/avif',
      'image/webp',
    ]);
  });
});

describe('photo metadata on the page', () => {
  it('gives every credited photo an ImageObject with creator, credit text and licence', async () => {
    const { jsonLd } = await import('../helpers/build.ts');
    const doc = page(join(root, 'dist'), 'politics/council-vote/');
    const objects = jsonLd(doc).filter((d) => d['@type'] === 'ImageObject');
    expect(objects).toEqual([
      expect.objectContaining({
        contentUrl: expect.stringMatching(/^https:\/\/courier\.example\.org\/_media\/harbour-[0-9a-f]{10}-1600\.jpg$/),
        creator: { '@type': 'Person', name: 'palinchak' },
        creditText: 'DepositPhotos – HALLAM, WESTMARCH – Nov 19, 2026 — Photo by palinchak',
      }),
      expect.objectContaining({
        contentUrl: expect.stringMatching(/\/_media\/market-[0-9a-f]{10}-\d+\.jpg$/),
        creator: { '@type': 'Person', name: 'Ada Brennan' },
        creditText: 'Northwire Photo – HALLAM – Nov 18, 2026 — Photo by Ada Brennan',
      }),
    ]);
  });

  it('shares a 1200×630 card with the headline as og:image', () => {
    const doc = page(join(root, 'dist'), 'politics/council-vote/');
    const meta = (p: string) => doc.querySelector(`meta[property="${p}"]`)?.getAttribute('content');
    expect(meta('og:image')).toMatch(/\/_media\/harbour-[0-9a-f]{10}-card-[a-z0-9]+-1200\.jpg$/);
    expect([meta('og:image:width'), meta('og:image:height')]).toEqual(['1200', '630']);
    expect(meta('og:image:alt')).toBe('Two dark towers under an evening sky');
    expect(readdirSync(join(root, 'dist', '_media'))).toContain(meta('og:image')!.split('/').at(-1));
  });
});
