import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, jsonLd, page } from '../helpers/build.ts';
import { copyFixtureContent } from '../helpers/content-copy.ts';

// tests/fixtures/site/content/articles/news/dairy-tractors-wire.md: a wire story pasted as it came,
// photos credited with `Credits:` lines (one in bold, one a bare agency), Read More / Also Read / Read Next lines.
const { root } = copyFixtureContent();
const dist = join(root, 'dist');
const PATH = 'politics/dairy-tractors-wire/';
const HERO_CAPTION = 'Dairy farmers drive tractors along Kelder Quay towards the Assembly on November 9, 2026.';
const TANKERS = 'Milk tankers line the ring road outside Hallam on Nov. 8.';

beforeAll(() => {
  const result = build(join(root, 'content'), dist, { BROADSHEET_CACHE_DIR: join(root, 'cache') });
  expect(result.status, result.output).toBe(0);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const xmpOf = async (src: string) => (await sharp(join(dist, src)).metadata()).xmp?.toString('utf8') ?? '';

describe('a wire story pasted as written', () => {
  it('shows each credit with its source, caption, date and photographer, names as sent', () => {
    const figures = [...page(dist, PATH).querySelectorAll('.figure--hero, .story__body figure')];
    const text = (f: Element, part: string) => f.querySelector(`.figure__${part}`)?.textContent?.trim();
    expect(figures.map((f) => [text(f, 'caption'), text(f, 'credit')])).toEqual([
      [HERO_CAPTION, 'Credit: DepositPhotos – Nov 9, 2026 — Photo by r_kestrel'],
      [undefined, 'Credit: DepositPhotos'],
      [TANKERS, 'Credit: DepositPhotos – Nov 8, 2026 — Photo by moss_harrier'],
    ]);
    const css = readFileSync(join(import.meta.dirname, '../../src/styles/article.css'), 'utf8');
    expect(/\.figure__credit\s*\{[^}]*text-transform:\s*uppercase/.test(css)).toBe(false);
  });

  it('turns the related lines into promos, not stray text', () => {
    const doc = page(dist, PATH);
    expect([...doc.querySelectorAll('.related-link')].length).toBe(3);
    expect(doc.querySelector('.story__body')?.textContent).not.toMatch(/Credits:|\*\*|\[\[/);
  });

  it('gives every photo an ImageObject with creator, caption and credit text', () => {
    const objects = jsonLd(page(dist, PATH)).filter((d) => d['@type'] === 'ImageObject');
    expect(objects.map((o) => [o['caption'], (o['creator'] as { name?: string } | undefined)?.name, o['creditText']])).toEqual([
      [HERO_CAPTION, 'r_kestrel', 'DepositPhotos – Nov 9, 2026 — Photo by r_kestrel'],
      [undefined, undefined, 'DepositPhotos'],
      [TANKERS, 'moss_harrier', 'DepositPhotos – Nov 8, 2026 — Photo by moss_harrier'],
    ]);
  });

  it('writes source, photographer, date and caption into each photo file', async () => {
    const srcs = [...page(dist, PATH).querySelectorAll('.figure--hero img, .story__body figure img')].map((img) =>
      img.getAttribute('src')!,
    );
    const [hero, bare, tankers] = await Promise.all(srcs.map(xmpOf));
    expect(hero).toContain('photoshop:Source="DepositPhotos"');
    expect(hero).toContain('photoshop:DateCreated="2026-11-09"');
    expect(hero).toContain('<rdf:li>r_kestrel</rdf:li>');
    expect(hero).toContain(HERO_CAPTION);
    expect(bare).toContain('photoshop:Credit="DepositPhotos"');
    expect(tankers).toContain('photoshop:DateCreated="2026-11-08"');
    expect(tankers).toContain('<rdf:li>moss_harrier</rdf:li>');
    expect(tankers).toContain(TANKERS);
  });
});
