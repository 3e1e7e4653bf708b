import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../helpers/build.ts';
import { article, copyFixtureContent } from '../helpers/content-copy.ts';
import { makeJpeg } from '../helpers/photos.ts';
import { siteFiles } from '../helpers/site-files.ts';

// A rebuild copies unchanged story pages from the last build instead of rendering them. Whatever the
// editors changed, the result must be the site a build from nothing makes, byte for byte.
let root: string;
const at = (name: string) => join(root, name);
const images = () => ({ BROADSHEET_IMAGE_CACHE: at('image-cache') });

/** Rebuilds with the caches of earlier builds, then from an empty Astro cache; returns both logs. */
function rebuildBoth(round: string) {
  const warm = build(at('content'), at(`${round}-incremental`), images());
  expect(warm.status, warm.output).toBe(0);
  const cold = build(at('content'), at(`${round}-cold`), { ...images(), BROADSHEET_CACHE_DIR: at(`${round}-cold-cache`) });
  expect(cold.status, cold.output).toBe(0);
  return warm.output;
}

function differences(round: string): string[] {
  const [a, b] = [at(`${round}-incremental`), at(`${round}-cold`)];
  const files = siteFiles(b);
  expect(siteFiles(a)).toEqual(files);
  return files.filter((f) => !readFileSync(join(a, f)).equals(readFileSync(join(b, f))));
}

const reused = (log: string) => Number(/(\d+) unchanged pages reused/.exec(log)?.[1] ?? 0);

describe('an incremental rebuild', () => {
  beforeAll(() => {
    root = copyFixtureContent().root;
    const first = build(at('content'), at('first'), images());
    expect(first.status, first.output).toBe(0);
  }, 120_000);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('reuses every story page when nothing changed', () => {
    const log = rebuildBoth('same');
    expect(reused(log)).toBeGreaterThan(3);
    expect(differences('same')).toEqual([]);
  }, 120_000);

  it('re-renders every page that shows a changed headline, photo or new story, and only those', async () => {
    const tram = at('content/articles/news/tram-delays.md');
    writeFileSync(tram, readFileSync(tram, 'utf8').replace('Tram delays expected', 'Tram works confirmed'));
    // council-vote shows market.jpg in its body: same name, new pixels.
    await makeJpeg(at('content/images/market.jpg'), 900, 600);
    writeFileSync(
      at('content/articles/news/night-buses.md'),
      article({ headline: 'Night buses return to the Northgate line', published: '2026-11-19 18:00', section: 'city' }),
    );
    const log = rebuildBoth('edited');
    expect(reused(log)).toBeGreaterThan(0);
    expect(differences('edited')).toEqual([]);
    const council = readFileSync(at('edited-incremental/politics/council-vote/index.html'), 'utf8');
    expect(council).toContain('Tram works confirmed');
    // Reused pages are hard links to Astro's cache: the page the rebuild wrote must be a new file,
    // never the earlier site's, rewritten in place.
    const earlier = readFileSync(at('same-incremental/politics/council-vote/index.html'), 'utf8');
    expect(earlier).toContain('Tram delays expected');
    expect(earlier).not.toContain('Tram works confirmed');
  }, 120_000);

  it('drops the page of a deleted story', () => {
    rmSync(at('content/articles/news/night-buses.md'));
    const log = rebuildBoth('deleted');
    expect(reused(log)).toBeGreaterThan(3);
    expect(differences('deleted')).toEqual([]);
    expect(siteFiles(at('edited-incremental')).filter((f) => f.includes('night-buses'))).not.toEqual([]);
    expect(siteFiles(at('deleted-incremental')).filter((f) => f.includes('night-buses'))).toEqual([]);
  }, 120_000);

  it('re-renders story pages when their author changes', () => {
    const author = at('content/authors/ada-reporter.yaml');
    writeFileSync(author, readFileSync(author, 'utf8').replace('Covers the fixture beat.', 'Covers the harbour.'));
    rebuildBoth('author');
    expect(differences('author')).toEqual([]);
    expect(readFileSync(at('author-incremental/city/ferry-timetable/index.html'), 'utf8')).toContain('Covers the harbour.');
  }, 120_000);
});

describe('a whole build after a shard build in the same cache', () => {
  it('renders in full the stories the shard kept as data only', () => {
    const copy = copyFixtureContent();
    root = copy.root;
    // More stories than a feed holds, so a shard keeps the oldest it does not own as data only.
    for (let i = 10; i < 70; i++)
      copy.write(
        `articles/archive/old-${i}.md`,
        article({ headline: `Archive story ${i}`, published: `2025-01-${String((i % 28) + 1).padStart(2, '0')} 10:00` }),
      );
    const cache = { ...images(), BROADSHEET_CACHE_DIR: at('shared-cache') };
    const shard = build(at('content'), at('shard'), { ...cache, BROADSHEET_SHARD: '2/2' });
    expect(shard.status, shard.output).toBe(0);
    const whole = build(at('content'), at('whole-incremental'), cache);
    expect(whole.status, whole.output).toBe(0);
    const cold = build(at('content'), at('whole-cold'), { ...images(), BROADSHEET_CACHE_DIR: at('cold-cache') });
    expect(cold.status, cold.output).toBe(0);
    expect(differences('whole')).toEqual([]);
    rmSync(root, { recursive: true, force: true });
  }, 180_000);
});
