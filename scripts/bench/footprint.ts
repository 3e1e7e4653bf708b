import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { photoFootprint, type PhotoFootprint } from '../../src/output/photo-footprint.ts';
import { HOSTS } from '../../src/publish/host-limits.ts';
import { measureSite, type SiteMeasure } from '../../src/publish/site-footprint.ts';

export interface FootprintRun {
  site: SiteMeasure;
  photos: PhotoFootprint;
  /** Table rows: per use of a photo, then per kind of derivative, per source photo. */
  rows: Record<string, string | number>[];
  /** How many photos of the average mix each host's tightest limit allows. */
  capacity: Record<string, number>;
}

const kB = (bytes: number) => Math.round(bytes / 1000);

/**
 * Bytes and files per source photo, from the sample paper built into `<dir>/dist` (by the Lighthouse
 * step when `built`, else here).
 */
export function benchFootprint(dir: string, built: boolean): FootprintRun {
  const dist = join(dir, 'dist');
  if (!built || !existsSync(join(dist, 'index.html'))) {
    const build = spawnSync(process.execPath, ['scripts/build.ts'], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, BROADSHEET_DIST: dist, BROADSHEET_CONTENT: 'content', ASTRO_TELEMETRY_DISABLED: '1' },
    });
    if (build.status !== 0) throw new Error('the sample site did not build');
  }
  const media = join(dist, '_media');
  const files = readdirSync(media).map((name) => ({ name, bytes: statSync(join(media, name)).size }));
  const photos = photoFootprint(files);
  const site = measureSite(dist);
  const row = (derivative: string, n: number, t: { files: number; bytes: number }) => ({
    derivative,
    photos: n,
    files: t.files,
    'files per photo': +(t.files / n).toFixed(2),
    'kB per photo': kB(t.bytes / n),
    'kB each': kB(t.bytes / t.files),
  });
  const rows = [
    ...photos.uses.map((u) => row(u.kind, u.photos, u)),
    row('every photo', photos.photos, photos),
    ...photos.kinds.map((k) => row(k.kind, photos.photos, k)),
  ];
  // The site without its photos stays; each photo adds its average share (the sample's mix of uses).
  const rest = { bytes: site.bytes - photos.bytes, files: site.files - photos.files };
  const perPhoto = { bytes: photos.bytes / photos.photos, files: photos.files / photos.photos };
  const capacity = Object.fromEntries(
    Object.values(HOSTS).flatMap(({ name, limits }) => {
      const fits = [
        limits.siteBytes && (limits.siteBytes - rest.bytes) / perPhoto.bytes,
        limits.files && (limits.files - rest.files) / perPhoto.files,
        limits.filesPerFolder && limits.filesPerFolder / perPhoto.files,
      ].filter((n): n is number => typeof n === 'number');
      return fits.length ? [[name, Math.floor(Math.min(...fits))]] : [];
    }),
  );
  return { site, photos, rows, capacity };
}
