import { createReadStream, existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMPORT_FIXTURES, importFixture } from '../helpers/import-fixtures.ts';

/**
 * The WordPress fixture with its photos on a real HTTP server on 127.0.0.1 instead of beside the
 * export: the import downloads each photo once, refuses what is not a photo, and works offline.
 */
const uploads = IMPORT_FIXTURES.wordpress.extra.uploads!;
const requests: string[] = [];
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  requests.push(path);
  if (path.endsWith('/not-a-photo.jpg')) return void res.writeHead(200, { 'content-type': 'text/html' }).end('<p>login</p>');
  const file = join(uploads, path.replace(/^\/wp-content\/uploads\//, ''));
  if (!path.startsWith('/wp-content/uploads/') || !existsSync(file) || !statSync(file).isFile())
    return void res.writeHead(404).end();
  res.writeHead(200, { 'content-type': 'image/jpeg' });
  createReadStream(file).pipe(res);
});
let work: string;
let source: string;

beforeAll(async () => {
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  work = mkdtempSync(join(tmpdir(), 'import-downloads-'));
  source = join(work, 'export.xml');
  const xml = readFileSync(IMPORT_FIXTURES.wordpress.source, 'utf8').replaceAll('https://hallam-courier.example', origin);
  // One photo that answers with a web page, as a host behind a login does.
  const page = `<img src="${origin}/wp-content/uploads/2025/11/not-a-photo.jpg" alt="A chart of container traffic">\n\n`;
  writeFileSync(source, xml.replace("Dockers' leaders say", `${page}Dockers' leaders say`));
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

describe('photos on the web', () => {
  it('are downloaded once each, checked, and refused when they are not photos', async () => {
    const content = join(work, 'online');
    const report = await importFixture('wordpress', content, join(work, 'import-online'), {
      source,
      uploads: undefined,
      offline: false,
    });
    expect(report.check?.problems).toEqual([]);
    const photos = requests.filter((r) => r.startsWith('/wp-content/uploads/') && !r.endsWith('.mp4') && !r.endsWith('.mp3'));
    expect(photos.length).toBe(new Set(photos).size);
    // Every photo the server has was downloaded; the page posing as a photo and the one it lacks were not.
    const served = photos.filter((r) => existsSync(join(uploads, r.replace('/wp-content/uploads/', ''))));
    expect(report.photos.fetched).toBe(served.length);
    expect(served.length).toBeGreaterThan(5);
    const refused = (report.notes['missing-photo'] ?? []).map((n) => n.detail).filter((d) => d.includes('not-a-photo'));
    expect(refused[0], JSON.stringify(report.notes['missing-photo'])).toMatch(/is not a photo \(text\/html\)/);

    requests.length = 0;
    const again = await importFixture('wordpress', content, join(work, 'import-online'), {
      source,
      uploads: undefined,
      offline: false,
    });
    expect(again.files).toMatchObject({ written: 0, unchanged: 44 });
    // Photos already in the content folder are checked again, not downloaded again.
    expect(requests.filter((r) => !r.endsWith('not-a-photo.jpg') && !r.includes('switch-on'))).toEqual([]);
  });

  it('are left out, each with its reason, when the import runs offline', async () => {
    requests.length = 0;
    const report = await importFixture('wordpress', join(work, 'offline'), join(work, 'import-offline'), {
      source,
      uploads: undefined,
      offline: true,
    });
    expect(requests).toEqual([]);
    expect(report.check?.problems).toEqual([]);
    expect(report.photos.fetched).toBe(0);
    expect((report.notes['missing-photo'] ?? [])[0]?.detail).toMatch(/--offline/);
  });
});
