import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/index.ts';
import { fetchRemotePhoto, photoSourcePath, remotePhotoPath } from '../../src/photos/remote-photo.ts';
import site from '../../src/site.config.ts';
import { article, copyFixtureContent } from '../helpers/content-copy.ts';

// A photo server of our own on this machine: one photo, one missing address, one page that is no photo.
const hits = new Map<string, number>();
let jpeg: Buffer;
let base = '';
const server = createServer((req, res) => {
  hits.set(req.url ?? '', (hits.get(req.url ?? '') ?? 0) + 1);
  const path = new URL(req.url ?? '/', base).pathname;
  if (path === '/plates/harbour.jpg') res.writeHead(200, { 'content-type': 'image/jpeg' }).end(jpeg);
  else if (path === '/plates/page.jpg') res.writeHead(200, { 'content-type': 'text/html' }).end('<p>Our archive</p>');
  else res.writeHead(404).end();
});

beforeAll(async () => {
  process.env['BROADSHEET_IMAGE_CACHE'] = mkdtempSync(join(tmpdir(), 'broadsheet-remote-'));
  jpeg = await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#4a6b82' } })
    .jpeg()
    .toBuffer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** The module afresh, as the next build's process loads it: no memory of this one's fetches. */
const reloaded = async (tag: string) =>
  ((await import(/* @vite-ignore */ `../../src/photos/remote-photo.ts?${tag}`)) as { fetchRemotePhoto: typeof fetchRemotePhoto })
    .fetchRemotePhoto;

const credit = '\nCredit: Courier Archive – HALLAM, WESTMARCH – Mar 3, 1962 — Photo by Edith Marr\n';

describe('photos given by address', () => {
  it('fetches each address once into the photo cache; a failed fetch is an error naming its line and address', async () => {
    const { root, write } = copyFixtureContent();
    const good = `${base}/plates/harbour.jpg`;
    const hero = `\n  src: ${good}\n  alt: Boats at the quay\n  credit: Reuters/Jane Doe`;
    write('articles/archive.md', article({ hero }, `Text.\n\n![Boats at the quay in 1962](${good})${credit}`));
    const body = `Text.\n\n![The quay](${base}/plates/missing.jpg)${credit}\nA [![seal](${base}/plates/page.jpg)](https://example.org/) here.\n`;
    write('articles/broken.md', article({}, body));
    const { problems } = await checkContent(root, site, 'content');
    const of = (file: string) =>
      problems
        .filter((p) => p.file.endsWith(`/${file}`) && p.severity === 'error')
        .map((p) => `${p.line} ${p.kind}: ${p.message}`);

    expect(of('archive.md')).toEqual([]);
    expect(hits.get('/plates/harbour.jpg')).toBe(1);
    expect(readFileSync(remotePhotoPath(good))).toEqual(jpeg);
    expect(photoSourcePath(join(root, 'content/articles/archive.md'), good)).toBe(remotePhotoPath(good));
    expect(of('broken.md')).toEqual([
      `11 RemotePhotoFailed: the photo "${base}/plates/missing.jpg" could not be fetched: the server answered 404 Not Found`,
      `14 RemotePhotoFailed: the photo "${base}/plates/page.jpg" could not be fetched: the address serves text/html, not a photo`,
    ]);
  });

  it('uses the cached copy while its bytes match their hash, and fetches again when they do not', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'broadsheet-remote-'));
    const url = `${base}/plates/harbour.jpg?again`;
    const before = hits.get('/plates/harbour.jpg?again') ?? 0;
    const first = await fetchRemotePhoto(url, cache);
    expect(first).toEqual({ ok: true, path: remotePhotoPath(url, cache) });
    expect(hits.get('/plates/harbour.jpg?again')).toBe(before + 1);
    // Another process (the next build) finds it on disk, checks its hash and does not ask again.
    expect(await (await reloaded('second'))(url, cache)).toEqual(first);
    expect(hits.get('/plates/harbour.jpg?again')).toBe(before + 1);
    // A damaged copy is not shipped: it is fetched again.
    writeFileSync(remotePhotoPath(url, cache), 'not the photo');
    expect(await (await reloaded('third'))(url, cache)).toEqual(first);
    expect(hits.get('/plates/harbour.jpg?again')).toBe(before + 2);
    expect(readFileSync(remotePhotoPath(url, cache))).toEqual(jpeg);
  });

  it('refuses addresses that are not https, without fetching them', async () => {
    const { root, write } = copyFixtureContent();
    write('articles/plain-http.md', article({}, 'Text.\n\n![A quay](http://example.org/quay.jpg)\n'));
    const { problems } = await checkContent(root, site, 'content');
    const mine = problems.filter((p) => p.file.endsWith('/plain-http.md') && p.severity === 'error');
    expect(mine.map((p) => p.kind)).toEqual(['RemotePhoto']);
  });
});
