import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deployTarget } from '../../src/deploy/config.ts';
import { explain } from '../../src/deploy/errors.ts';
import type { Manifest } from '../../src/deploy/manifest.ts';
import { parseManifest } from '../../src/deploy/manifest.ts';
import { cacheControl, contentType } from '../../src/deploy/object-headers.ts';
import { planDeploy } from '../../src/deploy/plan.ts';
import { inPool } from '../../src/deploy/pool.ts';
import { redirectLocations } from '../../src/deploy/redirects.ts';
import type { SiteFile } from '../../src/deploy/site-files.ts';
import { siteSchema } from '../../src/model/schemas/site.ts';

const IMMUTABLE = 'public, max-age=31536000, immutable';

describe('the deploy target', () => {
  const config = { bucket: 'courier-site', region: 'eu-west-2', prefix: '' };
  it('takes the site config, with the environment over it', () => {
    expect(deployTarget(config, {})).toEqual({ bucket: 'courier-site', endpoint: undefined, region: 'eu-west-2', prefix: '' });
    const env = { BROADSHEET_S3_BUCKET: 'other', BROADSHEET_S3_ENDPOINT: 'http://127.0.0.1:9000', BROADSHEET_S3_PREFIX: 'paper' };
    expect(deployTarget(undefined, env)).toEqual({
      bucket: 'other',
      endpoint: 'http://127.0.0.1:9000',
      region: 'auto',
      prefix: 'paper/',
    });
  });
  it('names the fix when there is no bucket or the endpoint is not an address', () => {
    expect(() => deployTarget(undefined, {})).toThrow(/deploy: \{ s3: \{ bucket.*BROADSHEET_S3_BUCKET/);
    expect(() => deployTarget(config, { BROADSHEET_S3_ENDPOINT: 'minio:9000' })).toThrow(
      /not an address: write it as https:\/\/host/,
    );
  });
  it('is a documented part of the site config, credentials left out', () => {
    const parsed = siteSchema.shape.deploy.parse({
      s3: { bucket: 'courier-site', endpoint: 'https://x.r2.cloudflarestorage.com' },
    });
    expect(parsed.s3).toEqual({ bucket: 'courier-site', endpoint: 'https://x.r2.cloudflarestorage.com', prefix: '' });
    expect(siteSchema.shape.deploy.safeParse({ s3: { bucket: 'b', accessKeyId: 'AKIA' } }).success).toBe(false);
    expect(siteSchema.shape.deploy.safeParse({ s3: { bucket: 'courier-site', prefix: 'no-slash' } }).success).toBe(false);
  });
});

describe('object headers', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8', 'no-cache'],
    ['_astro/BaseLayout.Ce8phFlC.css', 'text/css; charset=utf-8', IMMUTABLE],
    ['_media/ferry-1a2b3c4d-640.avif', 'image/avif', IMMUTABLE],
    ['pagefind/fragment/en_13876c5.pf_fragment', 'application/octet-stream', IMMUTABLE],
    ['pagefind/pagefind.en_24e8bee7ae.pf_meta', 'application/octet-stream', IMMUTABLE],
    ['pagefind/pagefind-entry.json', 'application/json', 'no-cache'],
    ['city/atom.xml', 'application/atom+xml; charset=utf-8', 'no-cache'],
    ['sitemaps/pages.xml', 'application/xml', 'no-cache'],
    ['admin/config.yml', 'application/octet-stream', 'no-cache'],
    ['logo.png', 'image/png', 'no-cache'],
  ])('%s is %s, %s', (key, type, cache) => {
    expect([contentType(key), cacheControl(key)]).toEqual([type, cache]);
  });
});

describe('old addresses', () => {
  it('become objects with a redirect; a query address is left to the CDN', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'deploy-redirects-'));
    writeFileSync(
      join(dist, '_redirects'),
      '/2024/05/caf%C3%A9-reopens/ /city/cafe-reopens/ 301\n/old.html /city/x/ 301\n/ p=123 /politics/new/ 301!\n',
    );
    expect([...(await redirectLocations(dist))]).toEqual([
      ['2024/05/café-reopens/index.html', '/city/cafe-reopens/'],
      ['old.html', '/city/x/'],
    ]);
    rmSync(dist, { recursive: true });
  });
});

describe('the plan', () => {
  const file = (path: string, md5 = 'aa', size = 10): SiteFile => ({ path, file: `/d/${path}`, size, md5 });
  const headers = (f: SiteFile) => ({ type: contentType(f.path), cache: cacheControl(f.path) });
  const files = [file('index.html'), file('_media/p.jpg', 'bb'), file('rss.xml', 'cc'), file('theme.css', 'dd')];
  const listed = files.map((f) => ({ path: f.path, etag: f.md5, size: f.size }));
  const manifest = (): Manifest => ({
    version: 1,
    deployed: '2026-11-30T00:00:00Z',
    files: Object.fromEntries(files.map((f) => [f.path, { md5: f.md5, size: f.size, ...headers(f) }])),
  });

  it('puts everything in phases when the bucket is empty, and nothing when it matches', () => {
    const first = planDeploy(files, headers, [], undefined);
    expect(first.uploads.map((u) => [u.phase, u.files.map((f) => f.path)])).toEqual([
      ['hashed files', ['_media/p.jpg']],
      ['other files', ['theme.css']],
      ['pages', ['index.html']],
      ['feeds and sitemaps', ['rss.xml']],
    ]);
    const same = planDeploy(files, headers, listed, manifest());
    expect([same.unchanged, same.removals, same.basis]).toEqual([4, [], 'manifest']);
  });

  it('trusts neither the manifest alone nor a stale header', () => {
    const m = manifest();
    m.files['theme.css']!.cache = 'public, max-age=60';
    const missing = listed.filter((l) => l.path !== 'index.html');
    const plan = planDeploy(files, headers, [...missing, { path: 'gone/index.html', etag: 'ee', size: 3 }], m);
    expect(plan.uploads.flatMap((u) => u.files.map((f) => f.path))).toEqual(['theme.css', 'index.html']);
    expect(plan.removals).toEqual(['gone/index.html']);
  });

  it('goes by the listing when the manifest is unreadable', () => {
    expect(parseManifest('{not json')).toBeUndefined();
    expect(parseManifest('{"version":2,"files":{}}')).toBeUndefined();
    const plan = planDeploy(files, headers, listed.with(0, { ...listed[0]!, etag: 'zz' }), parseManifest('{'));
    expect([plan.basis, plan.unchanged]).toEqual(['listing', 3]);
  });
});

describe('the pool and the errors', () => {
  it('starts nothing after a failure and throws it', async () => {
    const started: number[] = [];
    const run = inPool([1, 2, 3, 4, 5, 6], 2, async (n) => {
      started.push(n);
      if (n === 2) throw new Error('two');
    });
    await expect(run).rejects.toThrow('two');
    expect(started.length).toBeLessThan(6);
  });
  it('turns the SDK errors into one line each', () => {
    const where = { bucket: 'courier-site', endpoint: 'https://s3.example.org' };
    expect(explain({ name: 'NoSuchBucket' }, where).message).toMatch(/^The bucket "courier-site" does not exist/);
    expect(explain({ name: 'CredentialsProviderError', message: 'Could not load credentials' }, where).message).toMatch(
      /AWS_ACCESS_KEY_ID/,
    );
    expect(explain({ name: 'Error', cause: { code: 'ENOTFOUND' } }, where).message).toMatch(
      /^Cannot reach https:\/\/s3\.example\.org \(ENOTFOUND\)/,
    );
  });
});
