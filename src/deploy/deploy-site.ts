import type { S3Client } from '@aws-sdk/client-s3';
import { deletePaths, listSite, putFile, putManifest, readManifestText, s3Client } from './bucket.ts';
import type { DeployTarget } from './config.ts';
import { DeployError, explain } from './errors.ts';
import { parseManifest } from './manifest.ts';
import { cacheControl, contentType } from './object-headers.ts';
import { planDeploy, uploadBytes, uploadCount, type DeployPlan } from './plan.ts';
import { inPool } from './pool.ts';
import { redirectLocations } from './redirects.ts';
import { readSite } from './site-files.ts';

/**
 * Pages in waves by folder depth, deepest first: a story (`city/ferry/index.html`) is up before the
 * section front (`city/index.html`) and the front page (`index.html`) that link to it.
 */
function deepestFirst<T extends { path: string }>(pages: readonly T[]): T[][] {
  const depth = (p: string) => p.split('/').length;
  const depths = [...new Set(pages.map((p) => depth(p.path)))].sort((a, b) => b - a);
  return depths.map((d) => pages.filter((p) => depth(p.path) === d));
}

export interface DeployOptions {
  dist: string;
  target: DeployTarget;
  /** Plan and report, put and delete nothing. */
  dryRun?: boolean;
  /** Puts at once; each is one request, so more helps with many small files until the link is full. */
  concurrency?: number;
  /** A client of the caller's own (tests); one is made from the target otherwise. */
  client?: S3Client;
  /** Told each phase as it starts, and each key as it is put or deleted. */
  onProgress?: (event: { kind: 'phase' | 'put' | 'delete'; name: string }) => void;
}

export interface DeployReport {
  plan: DeployPlan;
  /** Keys put, in the order they finished, the manifest last. */
  uploaded: string[];
  deleted: string[];
  files: number;
  bytes: number;
  seconds: number;
}

/**
 * `npm run deploy`: the built site into the bucket, changed files only. Order: hash-named files,
 * then other files, then pages, then feeds and sitemaps (each phase whole before the next), then
 * the manifest, then the deletions. A failure at any point throws before anything is deleted, so
 * readers keep every page they had; the next deploy puts what this one did not.
 */
export async function deploySite(options: DeployOptions): Promise<DeployReport> {
  const started = performance.now();
  const { target, dist } = options;
  const client = options.client ?? s3Client(target);
  const progress = options.onProgress ?? (() => {});
  const uploaded: string[] = [];
  const deleted: string[] = [];
  try {
    const [files, redirects] = await Promise.all([readSite(dist), redirectLocations(dist)]);
    if (!files.some((f) => f.path === 'index.html'))
      throw new DeployError(`${dist} holds no built site (no index.html): run npm run build first.`);
    const [listed, manifestText] = await Promise.all([listSite(client, target), readManifestText(client, target)]);
    const plan = planDeploy(
      files,
      (f) => {
        const redirect = redirects.get(f.path);
        return { type: contentType(f.path), cache: cacheControl(f.path), ...(redirect ? { redirect } : {}) };
      },
      listed,
      parseManifest(manifestText),
    );
    const report = () => ({
      plan,
      uploaded,
      deleted,
      files: files.length,
      bytes: uploadBytes(plan),
      seconds: (performance.now() - started) / 1000,
    });
    if (options.dryRun) return report();
    for (const { phase, files: batch } of plan.uploads) {
      if (!batch.length) continue;
      progress({ kind: 'phase', name: phase });
      for (const wave of phase === 'pages' ? deepestFirst(batch) : [batch])
        await inPool(wave, options.concurrency ?? 8, async (upload) => {
          await putFile(client, target, upload);
          uploaded.push(upload.path);
          progress({ kind: 'put', name: upload.path });
        });
    }
    // Written even when nothing changed but the manifest was missing or stale, so the next plan has it.
    if (uploadCount(plan) || plan.removals.length || plan.basis === 'listing') {
      await putManifest(client, target, { version: 1, deployed: new Date().toISOString(), files: plan.entries });
      uploaded.push('.broadsheet-deploy.json');
    }
    if (plan.removals.length) {
      progress({ kind: 'phase', name: 'removals' });
      await deletePaths(client, target, plan.removals);
      deleted.push(...plan.removals);
    }
    return report();
  } catch (error) {
    throw explain(error, target);
  } finally {
    if (!options.client) client.destroy();
  }
}
