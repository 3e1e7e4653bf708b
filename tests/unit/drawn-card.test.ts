import { join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { encode } from '../../src/photos/encode.ts';
import { derivativeJobs } from '../../src/photos/derivative-jobs.ts';
import { drawnCard } from '../../src/photos/pictures.ts';
import { headlineLines, renderTextCard, type TextCard } from '../../src/photos/text-card.ts';
import { scratch } from '../helpers/photos.ts';

const card: TextCard = {
  headline: 'Ferry crews agree <new> rota & "end" the weekend strike',
  siteName: 'The Hallam Courier',
  section: 'City',
  brand: '#8a1c1c',
  sectionColour: '#5b4a8a',
  host: 'courier.example.org',
};
let dir: string;

beforeAll(() => {
  dir = scratch();
  process.env['BROADSHEET_IMAGE_CACHE'] = join(dir, 'cache');
});

describe('the share card of a story without a lead photo', () => {
  it('sets a short headline large and whole', () => {
    expect(headlineLines('Tram fares frozen')).toEqual({ size: 76, lines: ['Tram fares frozen'] });
    expect(headlineLines('Tram fares frozen for the winter months')).toEqual({
      size: 76,
      lines: ['Tram fares frozen for', 'the winter months'],
    });
  });

  it('steps a long headline down, to four lines at most, ending in an ellipsis when even that is too long', () => {
    const long = headlineLines(
      'Harbour board approves a twelve-year dredging contract after a night of objections from the boroughs',
    );
    expect(long.size).toBeLessThan(76);
    expect(long.lines.length).toBeLessThanOrEqual(4);
    expect(long.lines.join(' ')).not.toContain('…');
    const endless = headlineLines('Tidal '.repeat(60));
    expect(endless.lines).toHaveLength(4);
    expect(endless.lines.at(-1)).toMatch(/…$/);
    expect(Math.max(...endless.lines.map((l) => l.length))).toBeLessThanOrEqual(31);
  });

  it('escapes the words it draws and uses the paper and section colours', () => {
    const svg = renderTextCard(card);
    expect(svg).toContain('&lt;new&gt;');
    expect(svg).not.toContain('<new>');
    expect(svg).toContain('fill="#8a1c1c"');
    expect(svg).toContain('fill="#5b4a8a"');
    expect(svg).toContain('>CITY<');
  });

  it('is a 1200×630 JPEG named by its words, with its alt text inside', async () => {
    const ref = drawnCard(card, 'The Hallam Courier, City: the headline');
    expect(ref).toMatchObject({ width: 1200, height: 630 });
    expect(ref.url).toMatch(/^\/_media\/story-[0-9a-f]{10}-card-1200\.jpg$/);
    // Another headline is another file; the same words the same file.
    expect(drawnCard({ ...card, headline: 'Another' }, 'x').url).not.toBe(ref.url);
    expect(drawnCard(card, 'The Hallam Courier, City: the headline').url).toBe(ref.url);
    const job = derivativeJobs().get(ref.url.replace('/_media/', ''))!;
    expect(await encode(job, join(dir, 'cache'))).toBe(true);
    const meta = await sharp(join(dir, 'cache', job.variant.file)).metadata();
    expect([meta.width, meta.height, meta.format]).toEqual([1200, 630, 'jpeg']);
    expect(meta.xmp?.toString()).toContain('the headline');
  });
});
