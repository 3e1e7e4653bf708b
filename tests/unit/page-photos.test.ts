import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { EncodeJob } from '../../src/photos/encode.ts';
import { carryForwardPagePhotos, markKeyedPage, renderingPage, resetPagePhotos } from '../../src/photos/page-photos.ts';
import { derivativeJobs, registerJob } from '../../src/photos/derivative-jobs.ts';

const job = (file: string): EncodeJob => ({
  source: `/photos/${file}.jpg`,
  variant: { format: 'jpeg', width: 800, height: 450, file: `${file}-800.jpg` },
  embedded: { alt: file },
});

/** One build: which pages had a cacheKey, and which photo each page that Astro rendered asked for. */
function build(keyed: string[], rendered: Record<string, string[]>) {
  resetPagePhotos();
  derivativeJobs().clear();
  keyed.forEach(markKeyedPage);
  for (const [path, files] of Object.entries(rendered)) renderingPage(path, () => files.forEach((f) => registerJob(job(f))));
}

const written = () => [...derivativeJobs().keys()].sort();

describe('photos of pages Astro copied from the last build', () => {
  let record: string;
  beforeEach(() => {
    record = join(mkdtempSync(join(tmpdir(), 'broadsheet-page-photos-')), 'record.bin');
  });

  it('are written again, from what the last build recorded for those pages', async () => {
    build(['/a/', '/b/'], { '/a/': ['harbour'], '/b/': ['market'], '/tags/x/': ['ferry'] });
    expect(await carryForwardPagePhotos(record, derivativeJobs())).toBe(0);
    // Next build: /a/ is copied by Astro, /b/ renders again and now shows another photo.
    build(['/a/', '/b/'], { '/b/': ['tram'], '/tags/x/': ['ferry'] });
    expect(await carryForwardPagePhotos(record, derivativeJobs())).toBe(1);
    expect(written()).toEqual(['ferry-800.jpg', 'harbour-800.jpg', 'tram-800.jpg']);
    // And the build after that still knows /a/'s photo, though /a/ was not rendered in between.
    build(['/a/', '/b/'], {});
    expect(await carryForwardPagePhotos(record, derivativeJobs())).toBe(2);
    expect(written()).toEqual(['harbour-800.jpg', 'tram-800.jpg']);
  });

  it('belong to the page whose rendering asked for them, while pages render at once', async () => {
    resetPagePhotos();
    derivativeJobs().clear();
    ['/a/', '/b/'].forEach(markKeyedPage);
    const tick = () => new Promise((resolve) => setTimeout(resolve, 1));
    await Promise.all([
      renderingPage('/a/', async () => {
        await tick();
        registerJob(job('harbour'));
        await tick();
        registerJob(job('tram'));
      }),
      renderingPage('/b/', async () => {
        registerJob(job('market'));
        await tick();
        registerJob(job('ferry'));
      }),
    ]);
    await carryForwardPagePhotos(record, derivativeJobs());
    // Next build: only /b/ is copied, so only its photos are asked for again.
    build(['/b/'], {});
    await carryForwardPagePhotos(record, derivativeJobs());
    expect(written()).toEqual(['ferry-800.jpg', 'market-800.jpg']);
  });

  it('stop the build with the way out when the record does not know a copied page', async () => {
    build(['/a/'], { '/a/': ['harbour'] });
    await carryForwardPagePhotos(record, derivativeJobs());
    build(['/a/', '/new/'], {});
    await expect(carryForwardPagePhotos(record, derivativeJobs())).rejects.toThrow(/\/new\/.*npm run build -- --force/);
  });

  it('are not taken from a record made by other page-photos code', async () => {
    build(['/a/'], { '/a/': ['harbour'] });
    await carryForwardPagePhotos(record, derivativeJobs(), 'old code');
    // Page keys embed the version, so a page copied across a change is the two caches out of step.
    build(['/a/'], {});
    await expect(carryForwardPagePhotos(record, derivativeJobs(), 'new code')).rejects.toThrow(/out of step/);
  });
});
