import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HeadObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DeployTarget } from '../../src/deploy/config.ts';
import { deploySite } from '../../src/deploy/deploy-site.ts';
import { restorePhotoCache, savePhotoCache } from '../../src/deploy/photo-cache.ts';
import { startS3 } from '../helpers/s3-server.ts';

// The encoded-photo cache kept in the site's bucket (`npm run deploy -- --save-photo-cache`, then
// `--restore-photo-cache` on a fresh runner), against s3rver on 127.0.0.1.
const BUCKET = 'courier';
const work = mkdtempSync(join(tmpdir(), 'broadsheet-photo-cache-'));
const cache = join(work, 'images');
const fresh = join(work, 'fresh');
const site = join(work, 'dist');
let s3: Awaited<ReturnType<typeof startS3>>;
let client: S3Client;
let target: DeployTarget;

beforeAll(async () => {
  s3 = await startS3(BUCKET);
  client = s3.client();
  target = { bucket: BUCKET, endpoint: s3.endpoint, region: 'us-east-1', prefix: 'paper/' };
  mkdirSync(join(cache, 'remote/ab12'), { recursive: true });
  writeFileSync(join(cache, 'ferry-1a2b-640.avif'), 'encoded bytes');
  writeFileSync(join(cache, 'ferry-1a2b-640.avif.sha256'), '13 0f');
  writeFileSync(join(cache, 'remote/ab12/source.json'), '{}');
  writeFileSync(join(cache, 'ferry-1a2b-960.avif.123-4.tmp'), 'half written by a build running now');
  mkdirSync(site);
  writeFileSync(join(site, 'index.html'), '<!DOCTYPE html><title>Front</title>');
});
afterAll(async () => {
  client?.destroy();
  await s3?.stop();
  rmSync(work, { recursive: true, force: true });
});

it('saves the photo cache beside the site, once, and leaves half-written files out', async () => {
  const saved = await savePhotoCache(client, target, cache);
  expect([...saved.files].sort()).toEqual(['ferry-1a2b-640.avif', 'ferry-1a2b-640.avif.sha256', 'remote/ab12/source.json']);
  expect((await savePhotoCache(client, target, cache)).files).toEqual([]);
  const head = await client.send(
    new HeadObjectCommand({ Bucket: BUCKET, Key: 'paper/.broadsheet/photo-cache/ferry-1a2b-640.avif' }),
  );
  expect(head.ContentLength).toBe(13);
});

it('is neither counted nor deleted by a deploy of the site', async () => {
  const deployed = await deploySite({ dist: site, target, client });
  expect([deployed.files, deployed.deleted]).toEqual([1, []]);
  expect((await savePhotoCache(client, target, cache)).files).toEqual([]);
});

it('restores on a fresh runner what it lacks, and nothing twice', async () => {
  const restored = await restorePhotoCache(client, target, fresh);
  expect(restored.files.length).toBe(3);
  expect(readFileSync(join(fresh, 'ferry-1a2b-640.avif'), 'utf8')).toBe('encoded bytes');
  expect(readFileSync(join(fresh, 'remote/ab12/source.json'), 'utf8')).toBe('{}');
  expect((await restorePhotoCache(client, target, fresh)).files).toEqual([]);
});

it('keeps in the bucket only the derivatives the deployed site shows, records gone with their files', async () => {
  // The photo pipeline's code changed: every derivative has a new name, the old ones stay on disk.
  writeFileSync(join(cache, 'ferry-9f8e-640.avif'), 'encoded anew');
  writeFileSync(join(cache, 'ferry-9f8e-640.avif.sha256'), '12 9f');
  const saved = await savePhotoCache(client, target, cache, 8, new Set(['ferry-9f8e-640.avif']));
  expect([...saved.files].sort()).toEqual(['ferry-9f8e-640.avif', 'ferry-9f8e-640.avif.sha256']);
  expect([...saved.removed].sort()).toEqual(['ferry-1a2b-640.avif', 'ferry-1a2b-640.avif.sha256']);
  // A fresh runner gets this generation only; what is not a derivative (remote photos) stays.
  const restored = await restorePhotoCache(client, target, join(work, 'fresher'));
  expect([...restored.files].sort()).toEqual(['ferry-9f8e-640.avif', 'ferry-9f8e-640.avif.sha256', 'remote/ab12/source.json']);
  expect((await savePhotoCache(client, target, cache, 8, new Set(['ferry-9f8e-640.avif']))).removed).toEqual([]);
});
