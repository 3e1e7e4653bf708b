import { readFile } from 'node:fs/promises';
import {
  DeleteObjectsCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  type ListObjectsV2CommandOutput,
} from '@aws-sdk/client-s3';
import type { DeployTarget } from './config.ts';
import { MANIFEST_NAME, OWN_KEYS, type Manifest } from './manifest.ts';
import type { Listed, Upload } from './plan.ts';

/**
 * The client for a target. Path-style addresses (`endpoint/bucket/key`) for any endpoint but AWS's,
 * as MinIO and s3rver need and R2 and B2 accept; checksums only where S3 requires them, since
 * S3-compatible stores do not all accept the SDK's newer default ones.
 */
export function s3Client(target: DeployTarget): S3Client {
  return new S3Client({
    region: target.region,
    ...(target.endpoint ? { endpoint: target.endpoint, forcePathStyle: true } : {}),
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    maxAttempts: 3,
  });
}

/** Every object whose key starts with `prefix`, named by the rest of its key. */
export async function listUnder(client: S3Client, bucket: string, prefix: string): Promise<Listed[]> {
  const out: Listed[] = [];
  let token: string | undefined;
  do {
    const page: ListObjectsV2CommandOutput = await client.send(
      new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: token }),
    );
    for (const o of page.Contents ?? []) {
      const path = o.Key!.slice(prefix.length);
      if (path) out.push({ path, etag: (o.ETag ?? '').replaceAll('"', ''), size: o.Size ?? -1 });
    }
    token = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (token);
  return out;
}

/** Every object of the site under the prefix, but the deploy's own (the manifest, the photo cache). */
export const listSite = async (client: S3Client, target: DeployTarget) =>
  (await listUnder(client, target.bucket, target.prefix)).filter((l) => !l.path.startsWith(OWN_KEYS));

/** The manifest's text, or `undefined` when there is none yet. */
export async function readManifestText(client: S3Client, target: DeployTarget): Promise<string | undefined> {
  try {
    const got = await client.send(new GetObjectCommand({ Bucket: target.bucket, Key: target.prefix + MANIFEST_NAME }));
    return await got.Body?.transformToString('utf8');
  } catch (error) {
    if ((error as { name?: string }).name === 'NoSuchKey') return undefined;
    throw error;
  }
}

export async function putFile(client: S3Client, target: DeployTarget, upload: Upload): Promise<void> {
  await client.send(
    new PutObjectCommand({
      Bucket: target.bucket,
      Key: target.prefix + upload.path,
      Body: await readFile(upload.file),
      ContentType: upload.type,
      CacheControl: upload.cache,
      ContentMD5: Buffer.from(upload.md5, 'hex').toString('base64'),
      ...(upload.redirect ? { WebsiteRedirectLocation: upload.redirect } : {}),
    }),
  );
}

export async function putManifest(client: S3Client, target: DeployTarget, manifest: Manifest): Promise<void> {
  await client.send(
    new PutObjectCommand({
      Bucket: target.bucket,
      Key: target.prefix + MANIFEST_NAME,
      Body: JSON.stringify(manifest),
      ContentType: 'application/json',
      CacheControl: 'no-store',
    }),
  );
}

/** Deletes in batches of a thousand, the most one request may name. */
export async function deletePaths(client: S3Client, target: DeployTarget, paths: readonly string[]): Promise<void> {
  for (let i = 0; i < paths.length; i += 1000) {
    const batch = paths.slice(i, i + 1000);
    const done = await client.send(
      new DeleteObjectsCommand({
        Bucket: target.bucket,
        Delete: { Objects: batch.map((p) => ({ Key: target.prefix + p })), Quiet: true },
      }),
    );
    const failed = done.Errors ?? [];
    if (failed.length) throw Object.assign(new Error(`${failed[0]!.Key}: ${failed[0]!.Message}`), { name: failed[0]!.Code });
  }
}
