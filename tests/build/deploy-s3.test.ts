import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { DeployTarget } from '../../src/deploy/config.ts';
import { deploySite } from '../../src/deploy/deploy-site.ts';
import { DeployError } from '../../src/deploy/errors.ts';
import { uploadCount } from '../../src/deploy/plan.ts';
import { PROJECT_ROOT } from '../helpers/build.ts';
import { S3RVER_CREDENTIALS, startS3 } from '../helpers/s3-server.ts';

// `npm run deploy` end to end against a real S3-compatible server (s3rver) on 127.0.0.1: a copy of
// the sample paper's build deployed, edited, trimmed and deployed again, as docs/deploy.md says.
const BUCKET = 'courier';
const site = mkdtempSync(join(tmpdir(), 'broadsheet-deploy-'));
const STORY = 'politics/northgate-by-election/index.html';
const IMMUTABLE = 'public, max-age=31536000, immutable';
let s3: Awaited<ReturnType<typeof startS3>>;
let client: S3Client;
let target: DeployTarget;
const figures: Record<string, { uploads: number; bytes: number; seconds: number }> = {};

const deploy = async (extra: { client?: S3Client; dryRun?: boolean } = {}) => {
  const report = await deploySite({ dist: site, target, client, ...extra });
  return { ...report, uploads: [...report.uploaded].sort() };
};
const head = (key: string) => client.send(new HeadObjectCommand({ Bucket: BUCKET, Key: key }));
const exists = (key: string) =>
  head(key).then(
    () => true,
    (e: { name?: string }) => (e.name === 'NotFound' ? false : Promise.reject(e)),
  );
const manifest = async () =>
  (await client
    .send(new GetObjectCommand({ Bucket: BUCKET, Key: '.broadsheet-deploy.json' }))
    .then((r) => r.Body!.transformToString())) as string;
const filesUnder = (dir: string): string[] =>
  readdirSync(join(site, dir)).flatMap((n) =>
    statSync(join(site, dir, n)).isDirectory() ? filesUnder(`${dir}/${n}`) : [`${dir}/${n}`],
  );
/** A story folder of a section: any folder beside its feeds. */
const storyOf = (section: string, skip = 0) =>
  readdirSync(join(site, section)).filter((n) => statSync(join(site, section, n)).isDirectory())[skip]!;

beforeAll(async () => {
  cpSync(inject('sampleDist'), site, { recursive: true, dereference: true });
  s3 = await startS3(BUCKET);
  client = s3.client();
  target = { bucket: BUCKET, endpoint: s3.endpoint, region: 'us-east-1', prefix: '' };
});
afterAll(async () => {
  client?.destroy();
  await s3?.stop();
  rmSync(site, { recursive: true, force: true });
  mkdirSync(join(PROJECT_ROOT, 'tests/output/deploy'), { recursive: true });
  writeFileSync(join(PROJECT_ROOT, 'tests/output/deploy/figures.json'), `${JSON.stringify(figures, null, 2)}\n`);
});

describe('npm run deploy to S3-compatible storage', () => {
  it('plans a first deploy without putting anything when dry', async () => {
    const dry = await deploy({ dryRun: true });
    expect(dry.uploaded).toEqual([]);
    expect(uploadCount(dry.plan)).toBe(dry.files);
    expect(dry.plan.basis).toBe('listing');
    expect(await exists('index.html')).toBe(false);
  });

  it('uploads every file first, each with its Content-Type and Cache-Control', async () => {
    const first = await deploy();
    figures['first deploy'] = { uploads: first.uploaded.length, bytes: first.bytes, seconds: first.seconds };
    expect(first.uploaded.length).toBe(first.files + 1);
    expect(first.uploaded.at(-1)).toBe('.broadsheet-deploy.json');
    // Hash-named files went up before any page, pages before the feeds that list them.
    const order = (p: string) => first.uploaded.indexOf(p);
    expect(order(first.uploaded.find((p) => p.startsWith('_media/'))!)).toBeLessThan(order('index.html'));
    expect(order('index.html')).toBeLessThan(order('rss.xml'));
    // A story before its section front, the section front before the front page that link to it.
    expect(order(STORY)).toBeLessThan(order('politics/index.html'));
    expect(order('politics/index.html')).toBeLessThan(order('index.html'));
    const media = readdirSync(join(site, '_media')).find((f) => f.endsWith('.jpg'))!;
    const css = readdirSync(join(site, '_astro')).find((f) => f.endsWith('.css'))!;
    const fragment = `pagefind/fragment/${readdirSync(join(site, 'pagefind/fragment'))[0]}`;
    const kinds: [string, string, string][] = [
      [STORY, 'text/html; charset=utf-8', 'no-cache'],
      [`_media/${media}`, 'image/jpeg', IMMUTABLE],
      [`_astro/${css}`, 'text/css; charset=utf-8', IMMUTABLE],
      [fragment, 'application/octet-stream', IMMUTABLE],
      ['rss.xml', 'application/rss+xml; charset=utf-8', 'no-cache'],
      ['sitemap.xml', 'application/xml', 'no-cache'],
      ['pagefind/pagefind.js', 'text/javascript; charset=utf-8', 'no-cache'],
    ];
    for (const [key, type, cache] of kinds) {
      const got = await head(key);
      expect([key, got.ContentType, got.CacheControl]).toEqual([key, type, cache]);
    }
    // Files for other hosts' servers stay out of the bucket.
    expect(await exists('_headers')).toBe(false);
    expect(await exists('_redirects')).toBe(false);
  });

  it('serves pages from the bucket and sends an old address on with a 301', async () => {
    const page = await s3.website('/politics/northgate-by-election/');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<h1');
    const old = await s3.website('/sport/head-of-the-wend-regatta/');
    expect(old.status).toBe(301);
    expect(old.headers.get('location')).toBe('/sport/head-of-the-wend/');
    expect((await head('sport/head-of-the-wend-regatta/index.html')).WebsiteRedirectLocation).toBe('/sport/head-of-the-wend/');
  });

  it('uploads nothing when the site has not changed', async () => {
    const again = await deploy();
    figures['no-change deploy'] = { uploads: again.uploaded.length, bytes: again.bytes, seconds: again.seconds };
    expect(again.uploaded).toEqual([]);
    expect(again.deleted).toEqual([]);
    expect(again.plan.basis).toBe('manifest');
  });

  it('uploads only the edited page, and the manifest', async () => {
    appendFileSync(join(site, STORY), '\n<!-- edited -->\n');
    const edit = await deploy();
    figures['one-edit deploy'] = { uploads: edit.uploaded.length, bytes: edit.bytes, seconds: edit.seconds };
    expect(edit.uploads).toEqual(['.broadsheet-deploy.json', STORY]);
    expect(await (await s3.website('/politics/northgate-by-election/')).text()).toContain('<!-- edited -->');
  });

  it('deletes a removed story from the bucket after the upload', async () => {
    const story = `culture/${storyOf('culture')}`;
    const gone = filesUnder(story);
    expect(await exists(gone[0]!)).toBe(true);
    rmSync(join(site, story), { recursive: true });
    appendFileSync(join(site, 'culture/index.html'), '\n<!-- without the story -->\n');
    const trim = await deploy();
    expect(trim.uploads).toEqual(['.broadsheet-deploy.json', 'culture/index.html']);
    expect([...trim.deleted].sort()).toEqual(gone.sort());
    for (const key of gone) expect(await exists(key)).toBe(false);
    expect((await s3.website(`/${story}/`)).status).toBe(404);
  });

  it('leaves the old site whole when a deploy fails midway, and the next deploy finishes it', async () => {
    const story = `sport/${storyOf('sport')}`;
    const gone = filesUnder(story);
    rmSync(join(site, story), { recursive: true });
    for (const page of ['index.html', 'sport/index.html', STORY]) appendFileSync(join(site, page), '\n<!-- second edition -->\n');
    appendFileSync(join(site, 'theme.css'), '\n/* second edition */\n');
    const before = await manifest();
    // A store that fails on one page, after the others of its phase may have gone up.
    const failing = s3.client();
    failing.middlewareStack.add(
      (next) => async (args) => {
        const input = args.input as { Key?: string };
        if (input.Key === 'sport/index.html') throw Object.assign(new Error('connection reset'), { name: 'TimeoutError' });
        return next(args);
      },
      { step: 'initialize', name: 'failOnePage' },
    );
    await expect(deploy({ client: failing })).rejects.toThrow(DeployError);
    failing.destroy();
    for (const key of gone) expect(await exists(key)).toBe(true);
    expect(await manifest()).toBe(before);
    expect((await s3.website(`/${story}/`)).status).toBe(200);

    const retry = await deploy();
    expect(retry.uploads).toContain('sport/index.html');
    // The stylesheet went up before the pages' phase failed: the listing vouches for it now.
    expect(retry.uploads).not.toContain('theme.css');
    expect([...retry.deleted].sort()).toEqual(gone.sort());
    for (const key of gone) expect(await exists(key)).toBe(false);
  });

  it('re-uploads an object changed behind its back, though the manifest says it is there', async () => {
    await client.send(new DeleteObjectCommand({ Bucket: BUCKET, Key: 'about/index.html' }));
    expect((await deploy()).uploads).toEqual(['.broadsheet-deploy.json', 'about/index.html']);
  });

  it('stops with one line naming the fix, and touches nothing', async () => {
    const missing = deploySite({ dist: site, target: { ...target, bucket: 'no-such-bucket' }, client });
    await expect(missing).rejects.toThrow(/does not exist.*create it, or fix deploy\.s3\.bucket/);
    const stranger = s3.client({ accessKeyId: 'NOPE', secretAccessKey: 'NOPE' });
    await expect(deploySite({ dist: site, target, client: stranger })).rejects.toThrow(
      /refused these credentials.*AWS_ACCESS_KEY_ID/,
    );
    stranger.destroy();
    // Port 9 (discard) is closed here: the connection is refused at once.
    const closed = { ...target, endpoint: 'http://127.0.0.1:9' };
    const nowhere = new S3Client({
      region: 'us-east-1',
      endpoint: closed.endpoint,
      forcePathStyle: true,
      maxAttempts: 1,
      credentials: S3RVER_CREDENTIALS,
    });
    await expect(deploySite({ dist: site, target: closed, client: nowhere })).rejects.toThrow(
      /Cannot reach http:\/\/127\.0\.0\.1:9 \(ECONNREFUSED\)/,
    );
    nowhere.destroy();
  });
});
