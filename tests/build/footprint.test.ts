import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { photoFootprint, plannedFiles } from '../../src/output/photo-footprint.ts';
import { HOSTS, hostLimits } from '../../src/publish/host-limits.ts';
import { footprintReport, measureSite } from '../../src/publish/site-footprint.ts';

// The sample paper's photos, as docs/scaling.md ("Photo footprint") weighs them.
const dist = inject('sampleDist');
const media = join(dist, '_media');
const files = readdirSync(media).map((name) => ({ name, bytes: statSync(join(media, name)).size }));
const footprint = photoFootprint(files);
const use = (kind: string) => footprint.uses.find((u) => u.kind === kind);

describe('the photo footprint of the sample paper', () => {
  it('knows every file in /_media/ by its kind', () => {
    expect(footprint.other.files).toBe(0);
  });

  it('makes the planned files of each photo: a lead photo shown in listings, an in-body photo', () => {
    const planned = plannedFiles();
    const lead = use('lead photo')!;
    const body = use('in-body photo')!;
    // A lead photo also shown in a body with other words (alt text, credit) gets a set of its own there.
    expect(lead.files / lead.photos).toBeGreaterThanOrEqual(planned.leadInListings);
    expect(lead.files / lead.photos).toBeLessThan(planned.leadInListings + planned.inBody);
    expect(body.files / body.photos).toBe(planned.inBody);
  });

  it('keeps a lead photo under 1 MB of derivatives, and the average photo under 0.6 MB', () => {
    const lead = use('lead photo')!;
    expect(lead.bytes / lead.photos).toBeLessThan(1e6);
    expect(footprint.bytes / footprint.photos).toBeLessThan(0.6e6);
  });
});

describe("the built site against its host's limits", () => {
  const site = measureSite(dist);

  it('is far from every limit of the default host', () => {
    expect(site.fullestFolder.path).toBe('_media/');
    expect(footprintReport(site, 'github-pages', HOSTS['github-pages'].limits).alerts).toEqual([]);
  });

  it('warns, with its own figures, against a small limit', () => {
    const limits = hostLimits('github-pages', JSON.stringify({ siteBytes: Math.ceil(site.bytes / 0.9) }));
    const [alert] = footprintReport(site, 'github-pages', limits).alerts;
    expect(alert?.level).toBe('warning');
    expect(alert?.text).toMatch(/^Warning: site size is [\d.]+ MB, (89|90)% of the [\d.]+ MB GitHub Pages accepts/);
  });
});
