import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import htmlValidateConfig from '../../.htmlvalidate.mjs';
import { builds } from '../helpers/budget.ts';
import { startBuild } from '../helpers/build-process.ts';
import { differentialProject, siteDifferences } from '../helpers/differential.ts';
import { startEmbedStandIn } from '../helpers/embed-stand-in.ts';
import { EMBED_STORY, embedStory } from '../helpers/embed-story.ts';

// What a build fetched for an embed is no part of the story's text: the page's key must hold it, or
// a page made while a provider was down would be copied, card and all, into every build after.
let p: ReturnType<typeof differentialProject>;
let standIn: Awaited<ReturnType<typeof startEmbedStandIn>>;
let port = 0;
const page = (dist: string) => readFileSync(join(dist, EMBED_STORY.url, 'index.html'), 'utf8');

/** A build of the project (not spawnSync: the stand-in answers from this process meanwhile). */
async function run(dist: string, caches: Record<string, string>): Promise<string> {
  const env = { ...p.env, BROADSHEET_EMBED_ORIGIN: `http://127.0.0.1:${port}`, ...caches };
  const result = await startBuild(p.at('content'), dist, env, p.at('project')).done;
  if (result.status !== 0) throw new Error(`The build into ${dist} failed:\n${result.output}`);
  return result.output;
}
const warm = () => run(p.at('site'), { BROADSHEET_IMAGE_CACHE: p.at('image-cache') });
let colds = 0;
async function cold(): Promise<string> {
  const dist = p.at(`cold-${++colds}`);
  await run(dist, { BROADSHEET_CACHE_DIR: p.at(`cold-${colds}-cache`), BROADSHEET_IMAGE_CACHE: p.at(`cold-${colds}-images`) });
  return dist;
}

describe('embeds across builds: fetched once, verified, and the same site as from empty caches', () => {
  beforeAll(async () => {
    p = differentialProject();
    writeFileSync(p.at('content', EMBED_STORY.file), embedStory());
    // The stand-in's port is taken, then let go: the first build finds the providers down.
    standIn = await startEmbedStandIn();
    port = Number(new URL(standIn.origin).port);
    await standIn.close();
  });
  afterAll(async () => {
    await standIn?.close();
    rmSync(p.root, { recursive: true, force: true });
  });

  it(
    'with the providers down, builds all the same: drawn cards and a warning',
    async () => {
      const output = await warm();
      expect(output).toMatch(/\[embeds\] https:\/\/www\.youtube\.com\/watch\?v=Wd7fLdR1l0a: .*the poster is a drawn card/);
      expect(page(p.at('site'))).toContain('class="embed__card"');
      expect(page(p.at('site'))).not.toContain('embed__poster"><picture>');
    },
    builds(1),
  );

  it(
    'once they answer, the next build shows their posters, as a build from empty caches does',
    async () => {
      standIn = await startEmbedStandIn(port);
      await warm();
      expect(page(p.at('site'))).toContain('Stand-in title of www.youtube.com');
      expect(page(p.at('site'))).toMatch(
        /<figure class="embed embed--video embed--youtube"[^>]*><div class="embed__poster"><picture>/,
      );
      expect(siteDifferences(await cold(), p.at('site'))).toEqual([]);
      // The quality gates validate the sample paper, whose posters are drawn cards: this page has photos.
      const report = await new HtmlValidate(htmlValidateConfig).validateString(page(p.at('site')), EMBED_STORY.url);
      expect(report.results.flatMap((r) => r.messages.map((m) => `${m.line}: ${m.message}`))).toEqual([]);
    },
    builds(2),
  );

  it(
    'asks the providers nothing when its cache holds their answers, and stays byte for byte the same',
    async () => {
      const before = page(p.at('site'));
      standIn.log.length = 0;
      await warm();
      expect(standIn.log).toEqual([]);
      expect(page(p.at('site'))).toBe(before);
      expect(siteDifferences(p.at('cold-1'), p.at('site'))).toEqual([]);
    },
    builds(1),
  );
});
