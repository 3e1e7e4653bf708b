import { sameHeaders, type Manifest, type ObjectEntry } from './manifest.ts';
import type { SiteFile } from './site-files.ts';

/** One object in the bucket as a listing gives it, by path under the prefix. */
export interface Listed {
  path: string;
  /** Without its quotes. For an object put in one piece, the MD5 of its bytes. */
  etag: string;
  size: number;
}

export interface Upload extends ObjectEntry {
  path: string;
  file: string;
}

/** The order a deploy goes in: what pages refer to is up before the pages, and they before what lists them. */
export const PHASES = ['hashed files', 'other files', 'pages', 'feeds and sitemaps'] as const;
export type Phase = (typeof PHASES)[number];

export interface DeployPlan {
  /** Files to put, in the order of PHASES. */
  uploads: { phase: Phase; files: Upload[] }[];
  /** Objects of the site no longer in it: deleted only after every upload and the manifest. */
  removals: string[];
  unchanged: number;
  /** Every file of the site as it will be after the deploy: the next manifest. */
  entries: Record<string, ObjectEntry>;
  /** Why the plan trusted what it trusted: `manifest` or `listing` (no readable manifest). */
  basis: 'manifest' | 'listing';
}

function phaseOf(entry: ObjectEntry): Phase {
  if (entry.cache.includes('immutable')) return 'hashed files';
  if (entry.type.startsWith('text/html')) return 'pages';
  if (/xml/.test(entry.type)) return 'feeds and sitemaps';
  return 'other files';
}

/**
 * What to put and what to delete. A file is left alone only if the listing has it with the same
 * hash and size and (when there is a manifest) the manifest says it was put with the same headers:
 * the manifest alone is never trusted, since an object may have been deleted or replaced by hand,
 * or a deploy may have stopped after some uploads. Without a readable manifest, the listing's ETag
 * and size decide, and the headers of an unchanged object are taken to be right.
 */
export function planDeploy(
  files: readonly SiteFile[],
  headers: (file: SiteFile) => Omit<ObjectEntry, 'md5' | 'size'>,
  listed: readonly Listed[],
  manifest: Manifest | undefined,
): DeployPlan {
  const remote = new Map(listed.map((l) => [l.path, l]));
  const entries: Record<string, ObjectEntry> = {};
  const uploads = new Map<Phase, Upload[]>(PHASES.map((p) => [p, []]));
  let unchanged = 0;
  for (const file of files) {
    const entry: ObjectEntry = { md5: file.md5, size: file.size, ...headers(file) };
    entries[file.path] = entry;
    const there = remote.get(file.path);
    const same =
      there?.etag === file.md5 && there.size === file.size && (!manifest || sameHeaders(manifest.files[file.path], entry));
    if (same) unchanged++;
    else uploads.get(phaseOf(entry))!.push({ path: file.path, file: file.file, ...entry });
  }
  return {
    uploads: PHASES.map((phase) => ({ phase, files: uploads.get(phase)! })),
    removals: listed.filter((l) => !(l.path in entries)).map((l) => l.path),
    unchanged,
    entries,
    basis: manifest ? 'manifest' : 'listing',
  };
}

export const uploadCount = (plan: DeployPlan) => plan.uploads.reduce((n, u) => n + u.files.length, 0);
export const uploadBytes = (plan: DeployPlan) => plan.uploads.reduce((n, u) => n + u.files.reduce((m, f) => m + f.size, 0), 0);
