import { describe, expect, it } from 'vitest';
import { cropBox, planCrop, planResponsive, plannedWidths, planStructuredCrops } from '../../src/photos/plan.ts';

const source = { width: 1600, height: 1067, hash: 'abcdef0123456789', stem: 'assembly-chamber' };

describe('planning derivatives', () => {
  it('gives every planned width in AVIF, WebP and JPEG with the aspect kept', () => {
    const variants = planResponsive(source, 'hero');
    expect(variants.map((v) => `${v.format}@${v.width}x${v.height}`)).toEqual([
      'avif@480x320', 'webp@480x320', 'jpeg@480x320',
      'avif@800x534', 'webp@800x534', 'jpeg@800x534',
      'avif@1200x800', 'webp@1200x800', 'jpeg@1200x800',
      'avif@1600x1067', 'webp@1600x1067', 'jpeg@1600x1067',
    ]); // prettier-ignore
    expect(variants[0]?.file).toBe('assembly-chamber-abcdef0123-480.avif');
  });

  it('never enlarges: a small photo gets the widths it can fill, or its own width', () => {
    expect(plannedWidths({ width: 900 }, 'hero')).toEqual([480, 800]);
    expect(plannedWidths({ width: 300 }, 'inline')).toEqual([300]);
  });

  it('crops around the focal point but stays inside the photo', () => {
    expect(cropBox({ width: 1600, height: 900 }, 1, { x: 0.5, y: 0.5 })).toEqual({
      left: 0.21875,
      top: 0,
      width: 0.5625,
      height: 1,
    });
    expect(cropBox({ width: 1600, height: 900 }, 1, { x: 0.02, y: 0.5 }).left).toBe(0);
    expect(cropBox({ width: 1600, height: 900 }, 1, { x: 1, y: 0.5 }).left).toBeCloseTo(1 - 0.5625);
    expect(cropBox({ width: 900, height: 1600 }, 16 / 9, { x: 0.5, y: 0.1 }).top).toBe(0);
  });

  it('makes 16:9, 4:3 and 1:1 crops at least 1200 px wide when the photo allows', () => {
    const crops = planStructuredCrops(source, { x: 0.5, y: 0.5 });
    expect(crops.map((c) => [c.width, c.height])).toEqual([
      [1600, 900],
      [1422, 1067],
      [1067, 1067],
    ]);
    for (const c of crops.slice(0, 2)) expect(c.width).toBeGreaterThanOrEqual(1200);
    for (const c of crops) expect(c.width * c.height).toBeGreaterThanOrEqual(50_000);
  });

  it('names crops apart from the responsive set, and by their crop box', () => {
    const centre = planCrop(source, 16 / 9, { x: 0.5, y: 0.5 }, 1200, '-16x9').file;
    expect(centre).toMatch(/^assembly-chamber-[0-9a-f]{10}-16x9-1200\.jpg$/);
    expect(centre).not.toContain(source.hash.slice(0, 10));
    // A focal point that moves the box is a new file; one the box cannot follow (a full-width crop
    // moved sideways) is the same pixels, so the same file.
    expect(planCrop(source, 16 / 9, { x: 0.5, y: 0.2 }, 1200, '-16x9').file).not.toBe(centre);
    expect(planCrop(source, 16 / 9, { x: 0.2, y: 0.5 }, 1200, '-16x9').file).toBe(centre);
  });
});
