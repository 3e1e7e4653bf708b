import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DeleteObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deploySite } from '../../src/deploy/deploy-site.ts';
import { uploadCount } from '../../src/deploy/plan.ts';
import { startS3 } from '../helpers/s3-server.ts';

// A bucket lists 1,000 keys a page: a site of more files than that is read page by page, or the
// second deploy would upload again (or delete) what lies past the first page.
const BUCKET = 'archive';
const FILES = 1_250;
const site = mkdtempSync(join(tmpdir(), 'broadsheet-deploy-many-'));
let s3: Awaited<ReturnType<typeof startS3>>;

beforeAll(async () => {
  for (let i = 0; i < FILES; i++) {
    const dir = join(site, 'stories', `story-${String(i).padStart(4, '0')}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'index.html'), `<!doctype html><title>Story ${i}</title>`);
  }
  writeFileSync(join(site, 'index.html'), '<!doctype html><title>Front</title>');
  s3 = await startS3(BUCKET);
});
afterAll(async () => {
  await s3?.stop();
  rmSync(site, { recursive: true, force: true });
});

describe('a deploy of more files than one page of a bucket listing', () => {
  const target = () => ({ bucket: BUCKET, endpoint: s3.endpoint, region: 'us-east-1', prefix: '' });
  const deploy = async () => {
    const client = s3.client();
    try {
      return await deploySite({ dist: site, target: target(), client });
    } finally {
      client.destroy();
    }
  };

  it('uploads every file once, then nothing, with or without the manifest', async () => {
    expect(uploadCount((await deploy()).plan)).toBe(FILES + 1);
    const again = await deploy();
    expect([uploadCount(again.plan), again.plan.removals.length]).toEqual([0, 0]);
    const admin = s3.client();
    await admin.send(new DeleteObjectCommand({ Bucket: BUCKET, Key: '.broadsheet-deploy.json' }));
    admin.destroy();
    const listed = await deploy();
    expect([listed.plan.basis, uploadCount(listed.plan), listed.plan.removals.length]).toEqual(['listing', 0, 0]);
  });
});
