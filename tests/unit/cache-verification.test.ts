import { appendFileSync, mkdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openCheckCache } from '../../src/check/cache.ts';
import type { ContentFile } from '../../src/check/files.ts';
import type { Problem } from '../../src/check/problems.ts';
import { copyMatchingRecord, isFolderWhole, writeFolderRecord } from '../../src/incremental/folder-record.ts';
import { hasBody, readBody, saveBody, useBodyCache } from '../../src/load/body-store.ts';
import { encode, matchesRecord, RECORD, type EncodeJob } from '../../src/photos/encode.ts';
import { inspectPhoto } from '../../src/photos/photo.ts';
import { planResponsive } from '../../src/photos/plan.ts';
import { makeJpeg, scratch } from '../helpers/photos.ts';

// A cache returns only what it checked: an entry cut short, rewritten or lost is made again.
let dir: string;
beforeAll(() => {
  dir = scratch();
});

describe('a rendered body in the cache', () => {
  it('is reused only while its file hashes to its record, and a page never reads one changed since', async () => {
    const cache = join(dir, 'astro');
    useBodyCache(cache);
    const html = '<p>The ferry sails at dawn from Saltmarket Steps.</p>';
    const { record, written } = saveBody(cache, 'd1', html, 'The ferry sails at dawn.');
    await written;
    expect(hasBody(cache, 'd1', record)).toBe(true);
    const entry = { digest: 'd1', rendered: { metadata: { body: record } } };
    expect(await readBody(entry)).toBe(html);
    const file = join(cache, 'broadsheet-bodies', 'd1.html');
    truncateSync(file, 10);
    expect(hasBody(cache, 'd1', record)).toBe(false);
    await expect(readBody(entry)).rejects.toThrow(/changed during the build/);
    // Same length, other words.
    writeFileSync(file, html.replace('dawn', 'dusk'));
    expect(hasBody(cache, 'd1', record)).toBe(false);
    expect(hasBody(cache, 'missing', record)).toBe(false);
  });
});

describe("the checker's results in the cache", () => {
  it('are not read when the file is not the bytes that were written', async () => {
    const file = join(dir, 'check.bin');
    const source: ContentFile = { file: 'a.md', absPath: join(dir, 'a.md'), name: 'a', text: 'Body.', notUtf8: false };
    const problem = { severity: 'warning', message: 'An invented warning about the harbour' } as unknown as Problem;
    const first = await openCheckCache(file, process.cwd(), { site: 1 });
    await first.keep(source, { problems: [problem] });
    await first.save();
    expect((await (await openCheckCache(file, process.cwd(), { site: 1 })).reuse(source))?.problems).toEqual([problem]);
    // Same length, other words: the warning would be shipped as if the checker had said it.
    const bytes = readFileSync(file);
    bytes.write('quays', bytes.indexOf('harbour'));
    writeFileSync(file, bytes);
    expect(await (await openCheckCache(file, process.cwd(), { site: 1 })).reuse(source)).toBeUndefined();
    truncateSync(file, 20);
    expect(await (await openCheckCache(file, process.cwd(), { site: 1 })).reuse(source)).toBeUndefined();
  });
});

describe('a photo derivative in the cache', () => {
  it('is encoded again when it no longer matches its record, or has none', async () => {
    const source = await makeJpeg(join(dir, 'quay.jpg'), 900, 600);
    const variant = planResponsive(await inspectPhoto(source, 'k'), 'inline').find((v) => v.format === 'jpeg')!;
    const job: EncodeJob = { source, variant, embedded: { credit: undefined, alt: 'A quay' } };
    const cache = join(dir, 'images');
    const file = join(cache, variant.file);
    expect(await encode(job, cache)).toBe(true);
    const whole = readFileSync(file);
    expect(readFileSync(`${file}${RECORD}`, 'utf8')).toMatch(new RegExp(`^${whole.length} [0-9a-f]{64}\\n$`));
    expect(await encode(job, cache)).toBe(false);
    truncateSync(file, 100);
    expect(await encode(job, cache)).toBe(true);
    expect(readFileSync(file).equals(whole)).toBe(true);
    // A flipped byte in the middle: the length alone would not see it.
    const flipped = Buffer.from(whole);
    const middle = flipped.length >> 1;
    flipped.writeUInt8(flipped.readUInt8(middle) ^ 0xff, middle);
    writeFileSync(file, flipped);
    expect(await encode(job, cache)).toBe(true);
    // A file without its record (a build killed between the two renames).
    writeFileSync(`${file}${RECORD}`, '');
    expect(await encode(job, cache)).toBe(true);
    expect(readFileSync(file).equals(whole)).toBe(true);
  });

  it("is left unread when the recycled site's copy holds the bytes its record names, and only then", async () => {
    const source = await makeJpeg(join(dir, 'ferry.jpg'), 800, 500);
    const variant = planResponsive(await inspectPhoto(source, 'k'), 'inline').find((v) => v.format === 'jpeg')!;
    const job: EncodeJob = { source, variant, embedded: { credit: undefined, alt: 'A ferry' } };
    const cache = join(dir, 'images-site');
    await encode(job, cache);
    const copy = join(dir, 'site-copy.jpg');
    writeFileSync(copy, readFileSync(join(cache, variant.file)));
    expect(matchesRecord(copy, job, cache)).toBe(true);
    appendFileSync(copy, 'x');
    expect(matchesRecord(copy, job, cache)).toBe(false);
    writeFileSync(copy, readFileSync(join(cache, variant.file)));
    writeFileSync(join(cache, `${variant.file}${RECORD}`), '');
    expect(matchesRecord(copy, job, cache)).toBe(false);
    expect(matchesRecord(join(dir, 'missing.jpg'), job, cache)).toBe(false);
  });
});

describe('a cache folder with a record of its files', () => {
  it('is whole only while it holds exactly the files recorded, with their bytes', () => {
    const entry = join(dir, 'index');
    mkdirSync(join(entry, 'fragment'), { recursive: true });
    writeFileSync(join(entry, 'pagefind-entry.json'), '{"version":"1"}');
    writeFileSync(join(entry, 'fragment', 'en_1.pf_fragment'), 'fragment bytes');
    expect(isFolderWhole(entry)).toBe(false);
    writeFolderRecord(entry);
    expect(isFolderWhole(entry)).toBe(true);
    truncateSync(join(entry, 'fragment', 'en_1.pf_fragment'), 3);
    expect(isFolderWhole(entry)).toBe(false);
    writeFolderRecord(entry);
    appendFileSync(join(entry, 'stray.txt'), 'x');
    expect(isFolderWhole(entry)).toBe(false);
  });

  it("vouches for a recycled site's copy only while it holds the recorded bytes of the files kept", () => {
    const entry = join(dir, 'bucket');
    const copy = join(dir, 'site-bucket');
    for (const root of [entry, copy]) {
      mkdirSync(join(root, 'fragment'), { recursive: true });
      writeFileSync(join(root, 'pagefind-entry.json'), '{"version":"1"}');
      writeFileSync(join(root, 'fragment', 'en 1.pf_fragment'), 'fragment bytes');
    }
    writeFolderRecord(entry);
    const all = () => true;
    expect(copyMatchingRecord(entry, copy, all)?.sort()).toEqual([
      join(copy, 'fragment', 'en 1.pf_fragment'),
      join(copy, 'pagefind-entry.json'),
    ]);
    // Files the copy does not take (the UI, kept by the first bucket only) are not asked for.
    expect(copyMatchingRecord(entry, copy, (p) => p.startsWith('fragment/'))).toEqual([
      join(copy, 'fragment', 'en 1.pf_fragment'),
    ]);
    writeFileSync(join(copy, 'fragment', 'en 1.pf_fragment'), 'fragment byteZ');
    expect(copyMatchingRecord(entry, copy, all)).toBeUndefined();
    rmSync(join(copy, 'fragment'), { recursive: true });
    expect(copyMatchingRecord(entry, copy, all)).toBeUndefined();
    expect(copyMatchingRecord(join(dir, 'no-entry'), copy, all)).toBeUndefined();
  });
});
