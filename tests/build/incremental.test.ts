import { cpSync, linkSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FlushStats } from '../../src/photos/flush.ts';
import { builds } from '../helpers/budget.ts';
import { build, PROJECT_ROOT } from '../helpers/build.ts';
import { article, copyFixtureContent } from '../helpers/content-copy.ts';
import { makeJpeg } from '../helpers/photos.ts';
import { siteFiles } from '../helpers/site-files.ts';

// A rebuild copies unchanged story pages from the last build instead of rendering them. Whatever the
// editors changed, the result must be the site a build from nothing makes, byte for byte.
let root: string;
const at = (name: string) => join(root, name);
const images = () => ({ BROADSHEET_IMAGE_CACHE: at('image-cache') });
const project = () => at('project');

/** A copy of the project's code (its packages linked), so a round can change the code a build runs. */
function copyProject(): void {
  for (const name of ['src', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'])
    cpSync(join(PROJECT_ROOT, name), join(project(), name), { recursive: true });
  symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(project(), 'node_modules'));
}

/**
 * Rebuilds the same site folder with the caches of earlier builds (from the third build on, into the
 * recycled folders of the site two builds old), then from an empty Astro cache (and, with `photos`,
 * an empty photo cache, or stale derivatives would be found by name there too); returns the first log.
 */
function rebuildBoth(round: string, { photos = false } = {}) {
  const warm = build(at('content'), at('site'), images(), project());
  expect(warm.status, warm.output).toBe(0);
  const coldImages = photos ? { BROADSHEET_IMAGE_CACHE: at(`${round}-cold-images`) } : images();
  const cold = build(
    at('content'),
    at(`${round}-cold`),
    { ...coldImages, BROADSHEET_CACHE_DIR: at(`${round}-cold-cache`) },
    project(),
  );
  expect(cold.status, cold.output).toBe(0);
  return warm.output;
}

/** The derivatives the last build into `site` encoded (the rest came from the photo cache). */
const encoded = () => (JSON.parse(readFileSync(at('image-cache/last-build.json'), 'utf8')) as FlushStats).encodedFiles;

const emptyFolders = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isDirectory() && readdirSync(join(e.parentPath, e.name)).length === 0)
    .map((e) => join(e.parentPath, e.name));

function differences(round: string, a = at('site')): string[] {
  const b = at(`${round}-cold`);
  const files = siteFiles(b);
  expect(siteFiles(a)).toEqual(files);
  expect(emptyFolders(a)).toEqual([]);
  return files.filter((f) => !readFileSync(join(a, f)).equals(readFileSync(join(b, f))));
}

const reused = (log: string) => Number(/(\d+) unchanged pages reused/.exec(log)?.[1] ?? 0);

describe('an incremental rebuild', () => {
  beforeAll(() => {
    root = copyFixtureContent().root;
    copyProject();
    const first = build(at('content'), at('site'), images(), project());
    expect(first.status, first.output).toBe(0);
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it(
    'reuses every story page when nothing changed',
    () => {
      const log = rebuildBoth('same');
      expect(reused(log)).toBeGreaterThan(3);
      expect(differences('same')).toEqual([]);
    },
    builds(2),
  );

  it(
    're-renders every page that shows a changed headline, photo, focal point or new story, and only those',
    async () => {
      const tram = at('content/articles/news/tram-delays.md');
      writeFileSync(tram, readFileSync(tram, 'utf8').replace('Tram delays expected', 'Tram works confirmed'));
      // harbour.jpg is 16:9: a focal point up and left moves its 4:3, 1:1 and card crops, not its 16:9 one.
      const lead = at('content/articles/news/council-vote.md');
      writeFileSync(lead, readFileSync(lead, 'utf8').replace('hero:\n', 'hero:\n  focal: { x: 10, y: 10 }\n'));
      // council-vote shows market.jpg in its body: same name, new pixels.
      await makeJpeg(at('content/images/market.jpg'), 900, 600);
      writeFileSync(
        at('content/articles/news/night-buses.md'),
        article({ headline: 'Night buses return to the Northgate line', published: '2026-11-19 18:00', section: 'city' }),
      );
      // A page the rebuild writes again must be a new file, never the published one rewritten in
      // place (a deploy or a reader may hold it). The witness is another name for that file.
      const council = 'site/politics/council-vote/index.html';
      linkSync(at(council), at('witness.html'));
      const log = rebuildBoth('edited', { photos: true });
      expect(reused(log)).toBeGreaterThan(0);
      expect(differences('edited')).toEqual([]);
      const harbour = encoded().filter((f) => f.startsWith('harbour-'));
      expect(harbour.length).toBeGreaterThan(0);
      expect(harbour.filter((f) => !/-(4x3|1x1|card-[a-z0-9]+)-\d+\.jpg$/.test(f))).toEqual([]);
      expect(readFileSync(at(council), 'utf8')).toContain('Tram works confirmed');
      const published = readFileSync(at('witness.html'), 'utf8');
      expect(published).toContain('Tram delays expected');
      expect(published).not.toContain('Tram works confirmed');
    },
    builds(2),
  );

  it(
    'drops the page of a deleted story',
    () => {
      const story = () => siteFiles(at('site')).filter((f) => f.includes('night-buses'));
      expect(story()).not.toEqual([]);
      rmSync(at('content/articles/news/night-buses.md'));
      const log = rebuildBoth('deleted');
      expect(reused(log)).toBeGreaterThan(3);
      // The fourth build of this folder: it recycled the folders of the second.
      expect(Number(/(\d+) pages kept from the site two builds old/.exec(log)?.[1])).toBeGreaterThan(3);
      expect(differences('deleted')).toEqual([]);
      expect(story()).toEqual([]);
    },
    builds(2),
  );

  it(
    're-renders story pages when their author changes',
    () => {
      const author = at('content/authors/ada-reporter.yaml');
      writeFileSync(author, readFileSync(author, 'utf8').replace('Covers the fixture beat.', 'Covers the harbour.'));
      rebuildBoth('author');
      expect(differences('author')).toEqual([]);
      expect(readFileSync(at('site/city/ferry-timetable/index.html'), 'utf8')).toContain('Covers the harbour.');
    },
    builds(2),
  );

  it(
    'encodes every photo again, under new names, when the photo pipeline’s code changes',
    () => {
      const before = readdirSync(at('site/_media'));
      const card = join(project(), 'src/photos/social-card.ts');
      writeFileSync(card, readFileSync(card, 'utf8').replace('fill="#8a1c1c"', 'fill="#1c3f8a"'));
      rebuildBoth('code', { photos: true });
      expect(differences('code')).toEqual([]);
      const after = readdirSync(at('site/_media'));
      expect(encoded()).toEqual([...after].sort());
      expect(after.filter((f) => before.includes(f))).toEqual([]);
    },
    builds(2),
  );
});

describe('a whole build after a shard build in the same cache', () => {
  it(
    'renders in full the stories the shard kept as data only',
    () => {
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
      expect(differences('whole', at('whole-incremental'))).toEqual([]);
      rmSync(root, { recursive: true, force: true });
    },
    builds(3),
  );
});
