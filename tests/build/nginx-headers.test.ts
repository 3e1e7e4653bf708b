import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { HEADER_RULES } from '../../src/output/headers.ts';
import { startNginx } from '../helpers/nginx.ts';

// The headers reach readers only if a server sends them: the sample site served by Debian's nginx
// with deploy/nginx-site.conf (and the build's _redirects.nginx), as docs/deploy.md says, answers
// every kind of file with all of them.
const dist = inject('sampleDist');
let server: Awaited<ReturnType<typeof startNginx>>;
beforeAll(async () => {
  server = await startNginx(dist);
});
afterAll(() => server?.stop());

const EVERY_FILE = HEADER_RULES.find((r) => r.path === '/*')!.headers;
const IMMUTABLE = 'public, max-age=31536000, immutable';
const first = (folder: string, ext: string) => readdirSync(join(dist, folder)).find((f) => f.endsWith(ext))!;

const paths = () => ({
  'the front page': ['/', 200, 'text/html'],
  'a story page': ['/politics/northgate-by-election/', 200, 'text/html'],
  'the feed': ['/rss.xml', 200, 'xml'],
  'a photo': [`/_media/${first('_media', '.jpg')}`, 200, 'image/jpeg'],
  'a hashed stylesheet': [`/_astro/${first('_astro', '.css')}`, 200, 'text/css'],
  'the 404 page': ['/no-such-page/', 404, 'text/html'],
});

describe('the built site served by nginx with deploy/nginx-site.conf', () => {
  it.each(Object.keys(paths()))('sends every header with %s', async (name) => {
    const [path, status, type] = paths()[name as keyof ReturnType<typeof paths>] as [string, number, string];
    const response = await fetch(server.url + path);
    expect(response.status, path).toBe(status);
    expect(response.headers.get('content-type'), path).toContain(type);
    for (const [header, value] of EVERY_FILE) expect(response.headers.get(header), `${path}: ${header}`).toBe(value);
    const hashed = /^\/_(astro|media)\//.test(path);
    expect(response.headers.get('cache-control'), path).toBe(hashed ? IMMUTABLE : null);
    if (status === 404) expect(await response.text()).toContain('<h1');
  });

  it('sends a story asked for without its trailing slash to its address, by path', async () => {
    const response = await fetch(`${server.url}/politics/northgate-by-election`, { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/politics/northgate-by-election/');
  });

  it("sends an old address to the story with a 301, from the build's _redirects.nginx", async () => {
    const response = await fetch(`${server.url}/sport/head-of-the-wend-regatta/`, { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/sport/head-of-the-wend/');
  });

  it("sends the editor at /admin/ its own policy in place of the reader pages', and the rest alike", async () => {
    const admin = new Map(HEADER_RULES.find((r) => r.path === '/admin/*')!.headers);
    for (const path of ['/admin/', '/admin/decap-cms.js', '/admin/config.yml']) {
      const response = await fetch(server.url + path);
      expect(response.status, path).toBe(200);
      for (const [header, value] of EVERY_FILE)
        expect(response.headers.get(header), `${path}: ${header}`).toBe(admin.get(header) ?? value);
      expect(response.headers.get('cache-control'), path).toBe('no-cache');
    }
    expect(admin.get('Content-Security-Policy')).toContain("'unsafe-eval'");
  });

  it("serves neither the hosts' own files nor its version", async () => {
    for (const path of ['/_headers', '/_redirects', '/_redirects.nginx'])
      expect((await fetch(server.url + path)).status, path).toBe(404);
    expect((await fetch(server.url)).headers.get('server')).toBe('nginx');
  });
});
