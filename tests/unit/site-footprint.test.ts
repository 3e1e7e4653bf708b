import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { siteSchema } from '../../src/model/schemas/site.ts';
import { derivativeKind, photoFootprint, plannedFiles } from '../../src/output/photo-footprint.ts';
import { HOSTS, hostLimits } from '../../src/publish/host-limits.ts';
import { footprintReport, measureSite, type SiteMeasure } from '../../src/publish/site-footprint.ts';

const site = (over: Partial<SiteMeasure> = {}): SiteMeasure => ({
  bytes: 10_000_000,
  files: 500,
  largest: { path: 'pagefind/ui.js', bytes: 200_000 },
  fullestFolder: { path: '_media/', files: 380 },
  ...over,
});

describe('measuring a built site', () => {
  const dir = mkdtempSync(join(tmpdir(), 'broadsheet-footprint-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('counts every file and byte, and names the largest file and the fullest folder', () => {
    mkdirSync(join(dir, '_media'));
    mkdirSync(join(dir, 'politics/a-story'), { recursive: true });
    writeFileSync(join(dir, 'index.html'), 'x'.repeat(100));
    writeFileSync(join(dir, 'politics/a-story/index.html'), 'x'.repeat(50));
    for (const n of [1, 2, 3]) writeFileSync(join(dir, `_media/p-${n}.jpg`), 'x'.repeat(n * 300));
    expect(measureSite(dir)).toEqual({
      bytes: 100 + 50 + 1800,
      files: 5,
      largest: { path: '_media/p-3.jpg', bytes: 900 },
      fullestFolder: { path: '_media/', files: 3 },
    });
  });
});

describe("the site against its host's limits", () => {
  it('says nothing beyond the figures below 80% of every limit', () => {
    const report = footprintReport(site(), 'github-pages', HOSTS['github-pages'].limits);
    expect(report.fix).toBeUndefined();
    expect(report.summary).toBe(
      'Site: 10 MB in 500 files; largest file pagefind/ui.js (0.2 MB); fullest folder _media/ (380 files). Host: GitHub Pages.',
    );
    expect(report.alerts).toEqual([]);
  });

  it('warns from 80%, with the figures, the limit and the fix', () => {
    const report = footprintReport(site({ bytes: 850_000_000 }), 'github-pages', HOSTS['github-pages'].limits);
    expect(report.alerts).toEqual([
      { level: 'warning', text: 'Warning: site size is 850 MB, 85% of the 1,000 MB GitHub Pages accepts.' },
    ]);
    expect(report.fix).toMatch(/^Fix: publish to object storage .*npm run deploy.*fewer photo derivatives/);
  });

  it('is loud at 100% and more, for each limit the site passes', () => {
    const limits = HOSTS['cloudflare-pages'].limits;
    const big = site({ files: 21_000, largest: { path: '_media/huge.jpg', bytes: 30 * 1024 * 1024 } });
    const alerts = footprintReport(big, 'cloudflare-pages', limits).alerts;
    expect(alerts.map((a) => a.level)).toEqual(['over', 'over']);
    expect(alerts[0]?.text).toMatch(
      /^OVER CLOUDFLARE PAGES'S LIMIT: file count is 21,000, 105% of the 20,000 Cloudflare Pages accepts/,
    );
    expect(alerts[1]?.text).toContain('largest file (_media/huge.jpg) is 31.5 MB');
  });

  it('counts the files of one folder against a per-folder limit (Netlify)', () => {
    const alerts = footprintReport(
      site({ fullestFolder: { path: '_media/', files: 50_000 } }),
      'netlify',
      HOSTS.netlify.limits,
    ).alerts;
    expect(alerts[0]?.text).toMatch(/^Warning: files in one folder \(_media\/\) is 50,000, 92% of the 54,000/);
  });

  it('has no limits to reach on object storage or a server of your own', () => {
    const huge = site({ bytes: 50e9, files: 2e6 });
    expect(footprintReport(huge, 's3', HOSTS.s3.limits).alerts).toEqual([]);
    expect(footprintReport(huge, 'server', HOSTS.server.limits).alerts).toEqual([]);
  });

  it("takes a limit from BROADSHEET_HOST_LIMITS over the host's own", () => {
    expect(hostLimits('github-pages', '{"siteBytes":1000,"files":10}')).toEqual({ siteBytes: 1000, files: 10 });
    expect(hostLimits('cloudflare-pages', '{"files":10}')).toEqual({ files: 10, fileBytes: 25 * 1024 * 1024 });
    expect(hostLimits('netlify', undefined)).toEqual({ filesPerFolder: 54_000 });
    expect(() => hostLimits('netlify', '7')).toThrow(/not a JSON object/);
  });
});

describe('the deploy host in the site config', () => {
  const base = {
    name: 'P',
    url: 'https://p.example',
    language: 'en',
    locale: 'en-GB',
    timezone: 'UTC',
    sections: [{ id: 'a', name: 'A' }],
  };

  it('is GitHub Pages unless the config names another', () => {
    expect(siteSchema.parse(base).deploy).toEqual({ host: 'github-pages' });
    expect(siteSchema.parse({ ...base, deploy: { host: 'netlify' } }).deploy.host).toBe('netlify');
  });

  it('refuses a host it knows no limits of, and unknown settings', () => {
    expect(siteSchema.safeParse({ ...base, deploy: { host: 'vercel' } }).success).toBe(false);
    expect(siteSchema.safeParse({ ...base, deploy: { host: 's3', bucket: 'x' } }).success).toBe(false);
  });
});

describe('the photo footprint', () => {
  it('names each derivative by its kind', () => {
    expect(derivativeKind('wend-bridge-dusk-f3d381f4c6-800.avif')).toEqual({ kind: 'AVIF 800w', stem: 'wend-bridge-dusk' });
    expect(derivativeKind('ballot-count-a9573eb2d2-16x9-1600.jpg')?.kind).toBe('crop 16:9');
    expect(derivativeKind('ballot-count-9dac83aac1-card-e9865f78-1200.jpg')?.kind).toBe('share card');
    expect(derivativeKind('story-0123456789-card-1200.jpg')?.kind).toBe('drawn card (story without a photo)');
    expect(derivativeKind('logo.png')).toBeUndefined();
  });

  it('totals per kind and per use, leaving drawn cards out of the photos', () => {
    const lead = ['-1600.jpg', '-1600.avif', '-16x9-1600.jpg', '-card-e9865f78-1200.jpg'];
    const files = [
      ...lead.map((end) => ({ name: `quay-0123456789${end}`, bytes: 100 })),
      { name: 'portrait-abcdefabcd-400.jpg', bytes: 10 },
      { name: 'story-0123456789-card-1200.jpg', bytes: 70 },
      { name: 'notes.txt', bytes: 5 },
    ];
    const footprint = photoFootprint(files);
    expect(footprint).toMatchObject({ photos: 2, files: 5, bytes: 410, other: { files: 1, bytes: 5 } });
    expect(footprint.uses).toEqual([
      { kind: 'lead photo', photos: 1, files: 4, bytes: 400 },
      { kind: 'small photo', photos: 1, files: 1, bytes: 10 },
    ]);
    expect(footprint.kinds.find((k) => k.kind.startsWith('drawn'))).toEqual({
      kind: 'drawn card (story without a photo)',
      files: 1,
      bytes: 70,
    });
  });

  it('plans 16 files for a large lead photo, 19 once a listing shows it, 9 in a body, 6 for a thumbnail', () => {
    expect(plannedFiles()).toEqual({ lead: 16, leadInListings: 19, inBody: 9, thumbnail: 6 });
  });
});
