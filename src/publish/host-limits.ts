import type { DeployHost } from '../model/schemas/site.ts';

/** What a host refuses, as published by the host; a limit it does not publish is left out. */
export interface HostLimits {
  /** The whole site, in bytes. */
  siteBytes?: number;
  /** Files in the whole site. */
  files?: number;
  /** Files in one folder (every photo derivative is in `/_media/`). */
  filesPerFolder?: number;
  /** One file, in bytes. */
  fileBytes?: number;
}

export interface Host {
  name: string;
  limits: HostLimits;
}

const MiB = 1024 * 1024;

/**
 * Checked November 2026. The smallest published figure of the free plan: a paper on a paid plan
 * gets a warning early, never a surprise.
 */
export const HOSTS: Record<DeployHost, Host> = {
  // "Published GitHub Pages sites may be no larger than 1 GB."
  // https://docs.github.com/en/pages/getting-started-with-github-pages/github-pages-limits
  // (deploy-pages warns "Uploaded artifact size of … bytes exceeds the allowed size of 1 GB".)
  'github-pages': { name: 'GitHub Pages', limits: { siteBytes: 1_000_000_000 } },
  // "Cloudflare Pages sites can contain up to 20,000 files on the Free plan" (100,000 on paid plans
  // since January 2026); "The maximum file size for a single Cloudflare Pages site asset is 25 MiB."
  // https://developers.cloudflare.com/pages/platform/limits/
  'cloudflare-pages': { name: 'Cloudflare Pages', limits: { files: 20_000, fileBytes: 25 * MiB } },
  // A deploy with more than 54,000 files in one folder of the publish directory fails:
  // https://answers.netlify.com/t/is-there-a-storage-or-file-count-limit-for-business-plan-hosting/118172
  // (Netlify publishes no limit on the site's size.)
  netlify: { name: 'Netlify', limits: { filesPerFolder: 54_000 } },
  // Object storage takes objects up to 5 GB in one upload and has no limit a site could reach.
  s3: { name: 'object storage', limits: {} },
  server: { name: 'your server', limits: {} },
};

/**
 * The limits the build measures against: the host's, with any of them replaced by
 * `BROADSHEET_HOST_LIMITS` (JSON, e.g. `{"siteBytes":5000000}`), so a test or a paper on a larger
 * plan can set its own.
 */
export function hostLimits(host: DeployHost, override = process.env['BROADSHEET_HOST_LIMITS']): HostLimits {
  const own = HOSTS[host].limits;
  if (!override) return own;
  const parsed: unknown = JSON.parse(override);
  if (typeof parsed !== 'object' || parsed === null) throw new Error('BROADSHEET_HOST_LIMITS is not a JSON object');
  return { ...own, ...(parsed as HostLimits) };
}
