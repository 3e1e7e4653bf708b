/** A deploy that cannot go on, said in one line that names the fix; the bucket is left as it was. */
export class DeployError extends Error {
  override name = 'DeployError';
}

interface SdkError {
  name?: string;
  code?: string;
  message?: string;
  $metadata?: { httpStatusCode?: number };
  cause?: unknown;
}

/** The network error under an SDK error, if any: `ECONNREFUSED`, `ENOTFOUND`, … */
function networkCode(error: SdkError | undefined, depth = 0): string | undefined {
  if (!error || depth > 4) return undefined;
  if (error.code && /^E[A-Z]+$/.test(error.code)) return error.code;
  return networkCode(error.cause as SdkError | undefined, depth + 1);
}

/**
 * What went wrong talking to the bucket, as one line for the person deploying. The SDK names its
 * errors after S3's codes; R2, B2 and MinIO answer with the same codes.
 */
export function explain(error: unknown, where: { bucket: string; endpoint?: string | undefined }): DeployError {
  if (error instanceof DeployError) return error;
  const e = (error ?? {}) as SdkError;
  const name = e.name ?? '';
  const status = e.$metadata?.httpStatusCode;
  const endpoint = where.endpoint ?? 'AWS S3';
  const network = networkCode(e);
  if (name === 'NoSuchBucket')
    return new DeployError(
      `The bucket "${where.bucket}" does not exist at ${endpoint}: create it, or fix deploy.s3.bucket in src/site.config.ts (or BROADSHEET_S3_BUCKET).`,
    );
  if (name === 'CredentialsProviderError' || /credential/i.test(e.message ?? ''))
    return new DeployError('No credentials for the bucket: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY in the environment.');
  if (['InvalidAccessKeyId', 'SignatureDoesNotMatch', 'AccessDenied', 'Forbidden'].includes(name) || status === 403)
    return new DeployError(
      `The bucket "${where.bucket}" refused these credentials (${name || status}): check AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, and that the key may list, read, write and delete in the bucket.`,
    );
  if (network)
    return new DeployError(
      `Cannot reach ${endpoint} (${network}): check the address (deploy.s3.endpoint or BROADSHEET_S3_ENDPOINT) and the network.`,
    );
  return new DeployError(
    `The bucket "${where.bucket}" answered ${name || 'an error'}${status ? ` (HTTP ${status})` : ''}: ${e.message ?? String(error)}`,
  );
}
