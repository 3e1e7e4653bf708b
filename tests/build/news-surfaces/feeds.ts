import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Parser from 'rss-parser';
import { describe, expect, it } from 'vitest';
import { type BuiltSite, decodeHtml, SITE, TRICKY } from './site.ts';

export function feedsTests(site: BuiltSite) {
  const { dist, read, xml } = site;
  describe('feeds', () => {
    const parser = new Parser<
      object,
      { media?: { $: Record<string, string>; 'media:credit': ({ _: string; $?: object } | string)[] } }
    >({
      customFields: { item: [['media:content', 'media', { keepArray: false }]] },
    });

    it('carries full stories with the lead photo and its credit in RSS', async () => {
      const feed = await parser.parseString(read('rss.xml'));
      expect(feed.title).toBe('The Hallam Courier');
      expect(feed.items[0]?.title).toBe('Harbour lights switched on for the winter festival');
      const vote = feed.items.find((i) => i.link === `${SITE}/politics/council-vote/`)!;
      expect(vote.guid).toBe(`${SITE}/politics/council-vote/`);
      expect(new Date(vote.pubDate!).toISOString()).toBe('2026-11-20T09:30:00.000Z');
      const content = (vote as { 'content:encoded'?: string })['content:encoded']!;
      expect(content).toContain('The vote passed by 31 to 12.');
      expect(content).toContain(`href="${SITE}/business/market-reopens/"`);
      expect(content).not.toMatch(/(src|href)="\//);
      expect(vote.media?.$).toMatchObject({ medium: 'image', type: 'image/jpeg' });
      expect(existsSync(join(dist, new URL(vote.media!.$['url']!).pathname))).toBe(true);
      expect(vote.media?.['media:credit']).toContainEqual({ _: 'palinchak', $: { role: 'photographer', scheme: 'urn:ebu' } });
    });

    it('carries the same stories in Atom, and only its section in a section feed', async () => {
      const atom = await parser.parseString(read('atom.xml'));
      const rss = await parser.parseString(read('rss.xml'));
      expect(atom.items.map((i) => i.link)).toEqual(rss.items.map((i) => i.link));
      // Atom marks titles as HTML, so the reader decodes them once.
      expect(atom.items.map((i) => decodeHtml(i.title))).toContain(TRICKY);
      const city = await parser.parseString(read('city/rss.xml'));
      expect(city.items.length).toBeGreaterThan(10);
      expect(city.items.every((i) => i.link?.startsWith(`${SITE}/city/`))).toBe(true);
      expect((await parser.parseString(read('city/atom.xml'))).items).toHaveLength(city.items.length);
    });

    it('keeps odd headlines and bodies well-formed', async () => {
      const night = (await parser.parseString(read('rss.xml'))).items.find((i) => i.link?.endsWith('/night-market/'))!;
      expect(night.title).toBe(TRICKY);
      expect((night as { 'content:encoded'?: string })['content:encoded']).toContain('closed ]]&gt; at ten');
      for (const file of ['rss.xml', 'atom.xml', 'culture/rss.xml', 'culture/atom.xml']) xml(file);
    });
  });
}
