import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { EMBED_LIMITS, fetchEmbedInfo, forgetEmbedFetches } from '../../src/site/embed-fetch.ts';
import { startEmbedStandIn } from '../helpers/embed-stand-in.ts';

const VIDEO = 'https://www.youtube.com/oembed?format=json&url=https%3A%2F%2Fwww.youtube.com%2Fwatch%3Fv%3DWd7fLdR1l0a';
const limits = { ...EMBED_LIMITS };
let standIn: Awaited<ReturnType<typeof startEmbedStandIn>>;
let cache: string;

describe('fetching an embed’s oEmbed answer and thumbnail at build', () => {
  beforeAll(async () => {
    standIn = await startEmbedStandIn();
    process.env['BROADSHEET_EMBED_ORIGIN'] = standIn.origin;
    cache = mkdtempSync(join(tmpdir(), 'broadsheet-embeds-'));
  });
  afterEach(() => {
    Object.assign(EMBED_LIMITS, limits);
    forgetEmbedFetches();
  });
  afterAll(async () => {
    delete process.env['BROADSHEET_EMBED_ORIGIN'];
    rmSync(cache, { recursive: true, force: true });
    await standIn.close();
  });

  it('asks the stand-in, with the provider’s host kept in the path, and keeps the answer and thumbnail', async () => {
    const result = await fetchEmbedInfo(VIDEO, cache);
    expect(result.ok && result.info.title).toBe('Stand-in title of www.youtube.com');
    expect(result.ok && result.info.author).toBe('Hallam Emergency Planning');
    expect(result.ok && result.info.thumbnail).toMatch(/embeds\/\w+\/thumbnail$/);
    expect(standIn.log[0]).toMatch(/^\/www\.youtube\.com\/oembed\?/);
    expect(standIn.log[1]).toMatch(/^\/thumbs\.example\/.+\.jpg$/);
  });

  it('reuses the cached answer in the next build without asking again', async () => {
    const before = standIn.log.length;
    const result = await fetchEmbedInfo(VIDEO, cache);
    expect(result.ok && result.info.title).toBe('Stand-in title of www.youtube.com');
    expect(standIn.log.length).toBe(before);
  });

  it('fetches again when a cached file no longer hashes to its record', async () => {
    const [dir] = readdirSync(join(cache, 'embeds'));
    writeFileSync(join(cache, 'embeds', dir!, 'thumbnail'), 'damaged');
    const before = standIn.log.length;
    const result = await fetchEmbedInfo(VIDEO, cache);
    expect(result.ok && result.info.thumbnail).toBeTruthy();
    expect(standIn.log.length).toBe(before + 2);
  });

  it('gives up on a provider that does not answer in time, and keeps nothing', async () => {
    EMBED_LIMITS.timeoutMs = 300;
    const result = await fetchEmbedInfo('https://slow.example/oembed?url=x', cache);
    expect(result).toEqual({ ok: false, detail: expect.stringMatching(/did not answer within 0\.3 s/) });
    expect(readdirSync(join(cache, 'embeds'))).toHaveLength(1);
  });

  it('refuses an answer over the size cap', async () => {
    const result = await fetchEmbedInfo('https://huge.example/oembed?url=x', cache);
    expect(result).toEqual({ ok: false, detail: expect.stringMatching(/sent more than 256 KB/) });
  });

  it('stops fetching once the build’s budget is spent', async () => {
    EMBED_LIMITS.budgetMs = -1;
    const result = await fetchEmbedInfo('https://vimeo.com/api/oembed.json?url=x', cache);
    expect(result).toEqual({ ok: false, detail: expect.stringMatching(/for fetching embeds ran out/) });
  });
});
