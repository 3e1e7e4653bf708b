import crypto from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateBucketCommand, PutBucketWebsiteCommand, S3Client } from '@aws-sdk/client-s3';
import S3rver from 's3rver';

// s3rver seals its listing's continuation tokens with single DES, which OpenSSL 3 (Node 17 and
// later) keeps in its legacy provider: every listing longer than a page (1,000 keys) answered 500.
// The token only has to come back to s3rver, so its DES becomes Triple DES (same block and IV size),
// still sealed and opened by s3rver alone.
const { createCipheriv, createDecipheriv } = crypto;
const tripled = (key: crypto.CipherKey) =>
  Buffer.concat([Buffer.from(key as Buffer), Buffer.from(key as Buffer), Buffer.from(key as Buffer)]);
Object.assign(crypto, {
  createCipheriv: (algorithm: string, key: crypto.CipherKey, iv: crypto.BinaryLike | null, options?: never) =>
    algorithm === 'des' ? createCipheriv('des-ede3-cbc', tripled(key), iv) : createCipheriv(algorithm, key, iv, options),
  createDecipheriv: (algorithm: string, key: crypto.CipherKey, iv: crypto.BinaryLike | null, options?: never) =>
    algorithm === 'des' ? createDecipheriv('des-ede3-cbc', tripled(key), iv) : createDecipheriv(algorithm, key, iv, options),
});

/** s3rver's one account: any other key is refused, as a real store refuses a wrong one. */
export const S3RVER_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

/**
 * A local S3-compatible server on 127.0.0.1 (an ephemeral port, files in a temporary folder) with
 * one bucket served as a website (index.html, 404.html), as a bucket behind a CDN is set up.
 */
export async function startS3(bucket: string) {
  const directory = mkdtempSync(join(tmpdir(), 'broadsheet-s3-'));
  const server = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory });
  const { port } = await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  const client = (credentials = S3RVER_CREDENTIALS) =>
    new S3Client({ region: 'us-east-1', endpoint, forcePathStyle: true, credentials });
  const admin = client();
  await admin.send(new CreateBucketCommand({ Bucket: bucket }));
  await admin.send(
    new PutBucketWebsiteCommand({
      Bucket: bucket,
      WebsiteConfiguration: { IndexDocument: { Suffix: 'index.html' }, ErrorDocument: { Key: '404.html' } },
    }),
  );
  return {
    endpoint,
    client,
    /** A path of the site as the bucket's website endpoint answers it (path-style: the bucket first). */
    website: (path: string) => fetch(`${endpoint}/${bucket}${path}`, { redirect: 'manual' }),
    async stop() {
      admin.destroy();
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
