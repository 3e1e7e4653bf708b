import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { DeployHost } from '../model/schemas/site.ts';
import { HOSTS, hostLimits, type HostLimits } from './host-limits.ts';

/** What a built site weighs, in the units hosts limit. */
export interface SiteMeasure {
  bytes: number;
  files: number;
  largest: { path: string; bytes: number };
  fullestFolder: { path: string; files: number };
}

/** Walks the built site once. Paths are relative to `dir`, folders with a trailing slash. */
export function measureSite(dir: string): SiteMeasure {
  const measure: SiteMeasure = { bytes: 0, files: 0, largest: { path: '', bytes: 0 }, fullestFolder: { path: '', files: 0 } };
  const walk = (folder: string) => {
    let here = 0;
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) {
        const { size } = statSync(path);
        here++;
        measure.files++;
        measure.bytes += size;
        if (size > measure.largest.bytes) measure.largest = { path: relative(dir, path), bytes: size };
      }
    }
    if (here > measure.fullestFolder.files) measure.fullestFolder = { path: `${relative(dir, folder)}/`, files: here };
  };
  walk(dir);
  return measure;
}

export type AlertLevel = 'warning' | 'over';

export interface FootprintReport {
  /** One line for every build: the figures hosts limit. */
  summary: string;
  /** A line for each limit at 80% or more: `over` at 100%, which the host will refuse. */
  alerts: { level: AlertLevel; text: string }[];
  /** What to do about it, when there is an alert. */
  fix: string | undefined;
}

/** Warn from this share of a limit: a paper adding photos every day reaches the rest within weeks. */
export const WARN_AT = 0.8;

const mb = (bytes: number) => `${(bytes / 1e6).toLocaleString('en-GB', { maximumFractionDigits: 1 })} MB`;
const count = (n: number) => n.toLocaleString('en-GB');

/** The measured site against the host's limits, worded for the build's log. */
export function footprintReport(site: SiteMeasure, host: DeployHost, limits: HostLimits): FootprintReport {
  const name = HOSTS[host].name;
  const summary =
    `Site: ${mb(site.bytes)} in ${count(site.files)} files; largest file ${site.largest.path} (${mb(site.largest.bytes)}); ` +
    `fullest folder ${site.fullestFolder.path} (${count(site.fullestFolder.files)} files). Host: ${name}.`;
  const checks: [number, number | undefined, string, (n: number) => string][] = [
    [site.bytes, limits.siteBytes, 'site size', mb],
    [site.files, limits.files, 'file count', count],
    [site.fullestFolder.files, limits.filesPerFolder, `files in one folder (${site.fullestFolder.path})`, count],
    [site.largest.bytes, limits.fileBytes, `largest file (${site.largest.path})`, mb],
  ];
  const alerts = checks.flatMap(([value, limit, what, unit]) => {
    if (limit === undefined || value < WARN_AT * limit) return [];
    const share = Math.floor((100 * value) / limit);
    const level: AlertLevel = value >= limit ? 'over' : 'warning';
    const head =
      level === 'over'
        ? `OVER ${name.toUpperCase()}'S LIMIT: ${what} is ${unit(value)}, ${count(share)}% of the ${unit(limit)} ${name} accepts; it will refuse this site.`
        : `Warning: ${what} is ${unit(value)}, ${count(share)}% of the ${unit(limit)} ${name} accepts.`;
    return [{ level, text: head }];
  });
  return { summary, alerts, fix: alerts.length ? FIX : undefined };
}

const FIX =
  "Fix: publish to object storage (deploy.host 's3' in src/site.config.ts, then `npm run deploy`; docs/deploy.md), " +
  'or make fewer photo derivatives (docs/scaling.md, "Photo footprint").';

/** Prints the report; on GitHub Actions each alert is also an annotation on the run. */
export function printFootprint(report: FootprintReport, actions = process.env['GITHUB_ACTIONS'] === 'true'): void {
  console.log(report.summary);
  for (const { level, text } of report.alerts) {
    console.warn(level === 'over' ? `!!! ${text}` : text);
    if (actions) console.log(`::warning title=Site footprint::${text} ${report.fix}`);
  }
  if (report.fix) console.warn(report.fix);
}

/**
 * Measures the built site at `dir` against the configured host (`deploy.host` in src/site.config.ts)
 * and prints the figures and any alert. Never fails the build: a site over a limit still builds, and
 * the host's own refusal is the last word.
 */
export async function reportFootprint(dir: string): Promise<FootprintReport | undefined> {
  try {
    const { default: site } = await import('../site.config.ts');
    const host = site.deploy.host;
    const report = footprintReport(measureSite(dir), host, hostLimits(host));
    printFootprint(report);
    return report;
  } catch (error) {
    console.warn(`The site's footprint was not measured: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}
