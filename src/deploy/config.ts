import type { S3DeployConfig } from '../model/schemas/site.ts';
import { DeployError } from './errors.ts';

/** The bucket a deploy writes to, from the site config with the environment over it. */
export interface DeployTarget {
  bucket: string;
  /** Absent for AWS S3 itself. */
  endpoint?: string | undefined;
  region: string;
  /** `''` or a folder ending in `/`: every key the deploy writes, lists or deletes starts with it. */
  prefix: string;
}

/**
 * `deploy.s3` of the site config, with `BROADSHEET_S3_BUCKET`, `BROADSHEET_S3_ENDPOINT`,
 * `BROADSHEET_S3_PREFIX` and `AWS_REGION` over it. Credentials are never read from the config: the
 * SDK takes them from the environment (`AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`).
 */
export function deployTarget(config: S3DeployConfig | undefined, env: NodeJS.ProcessEnv = process.env): DeployTarget {
  const bucket = env.BROADSHEET_S3_BUCKET || config?.bucket;
  if (!bucket)
    throw new DeployError(
      'No bucket to deploy to: set deploy: { s3: { bucket: "…" } } in src/site.config.ts, or BROADSHEET_S3_BUCKET in the environment.',
    );
  const endpoint = env.BROADSHEET_S3_ENDPOINT || config?.endpoint;
  if (endpoint && !/^https?:\/\/[^/\s]+/.test(endpoint))
    throw new DeployError(
      `The storage endpoint "${endpoint}" is not an address: write it as https://host (BROADSHEET_S3_ENDPOINT or deploy.s3.endpoint).`,
    );
  const prefix = env.BROADSHEET_S3_PREFIX ?? config?.prefix ?? '';
  return {
    bucket,
    endpoint,
    // R2 and MinIO accept any region in the signature; `auto` is R2's own word and AWS needs a real one.
    region: env.AWS_REGION || config?.region || (endpoint ? 'auto' : 'us-east-1'),
    prefix: prefix && !prefix.endsWith('/') ? `${prefix}/` : prefix,
  };
}
