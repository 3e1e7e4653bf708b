import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builds } from '../helpers/budget.ts';
import { build } from '../helpers/build.ts';
import { article, copyFixtureContent } from '../helpers/content-copy.ts';
import { siteFiles } from '../helpers/site-files.ts';

// A live blog changes by one update at a time: each rebuild must reuse what it can (its page's key
// and its stored body follow the story's text) and still make the site a build from nothing makes.
let root: string;
const at = (name: string) => join(root, name);
const photos = () => ({ BROADSHEET_IMAGE_CACHE: at('image-cache') });
const update = (time: string, text: string) => `:::update{time="${time}" by="ada-reporter"}\n### ${text}\n\n${text}.\n:::\n\n`;
const reused = (log: string) => Number(/(\d+) unchanged pages reused/.exec(log)?.[1] ?? 0);

/** Rebuilds into `site` with the last build's caches, and into `<round>-cold` from an empty cache; returns the first log. */
function rebuildBoth(round: string): string {
  const warm = build(at('content'), at('site'), { ...photos(), BROADSHEET_CACHE_DIR: at('cache') });
  expect(warm.status, warm.output).toBe(0);
  const cold = build(at('content'), at(`${round}-cold`), { ...photos(), BROADSHEET_CACHE_DIR: at(`${round}-cache`) });
  expect(cold.status, cold.output).toBe(0);
  const files = siteFiles(at(`${round}-cold`));
  expect(siteFiles(at('site'))).toEqual(files);
  expect(files.filter((f) => !readFileSync(at(`site/${f}`)).equals(readFileSync(at(`${round}-cold/${f}`))))).toEqual([]);
  return warm.output;
}

describe('an incremental rebuild of a live blog', () => {
  beforeAll(() => {
    root = copyFixtureContent().root;
    const body = `Rolling coverage.\n\n${update('2026-11-23 09:00', 'Ferries stop')}`;
    const live = article({ headline: 'Quay live', published: '2026-11-23 08:00', live: '{ start: 2026-11-23 08:00 }' }, body);
    writeFileSync(at('content/articles/news/quay-live.md'), live);
    const first = build(at('content'), at('site'), { ...photos(), BROADSHEET_CACHE_DIR: at('cache') });
    expect(first.status, first.output).toBe(0);
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it(
    'shows a new update first, reusing the pages that do not show the story, as a build from nothing does',
    () => {
      const file = at('content/articles/news/quay-live.md');
      writeFileSync(file, `${readFileSync(file, 'utf8')}\n${update('10:15', 'Ferries resume')}`);
      expect(reused(rebuildBoth('update'))).toBeGreaterThan(3);
      const page = readFileSync(at('site/city/quay-live/index.html'), 'utf8');
      expect(page.indexOf('id="update-2026-11-23-1015"')).toBeGreaterThan(0);
      expect(page.indexOf('id="update-2026-11-23-1015"')).toBeLessThan(page.indexOf('id="update-2026-11-23-0900"'));
      expect(page).toMatch(/Last updated <time datetime="2026-11-23T10:15:00\+00:00"/);
    },
    builds(2),
  );
});
