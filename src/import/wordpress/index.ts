import type { SourcePost, SourceReader, SourceSite } from '../source.ts';
import { itemFate } from './item-fate.ts';
import { itemPost } from './item-post.ts';
import { readSiteIndex, type SiteIndex } from './site-index.ts';
import { localUpload } from './uploads.ts';
import { wxrRecords } from './wxr-stream.ts';

/** How an editor asks for a WordPress export to be read. */
export interface WordpressOptions {
  /** Import pages as well as posts (WordPress pages are "About us", "Contact"…: left out by default). */
  pages?: boolean | undefined;
  /** The site's IANA zone (`Europe/London`), for drafts WordPress stored without a UTC date. */
  timezone: string;
  /** A local copy of the site's `wp-content/uploads` folder, where photos are found without the network. */
  uploads?: string | undefined;
}

/**
 * Reads a WordPress export (WXR, Tools → Export) as a stream. `site()` reads the file once for the
 * channel, authors, categories and attachments (which may come after the posts using them);
 * `posts()` reads it again, yielding one post at a time, and can be run as often as wanted.
 */
export function wordpressReader(file: string, options: WordpressOptions): SourceReader {
  // A misspelt zone would otherwise surface as a RangeError at the first undated draft, mid-import.
  try {
    new Intl.DateTimeFormat('en', { timeZone: options.timezone });
  } catch {
    throw new Error(`Unknown time zone "${options.timezone}": give an IANA name such as Europe/London.`);
  }
  let index: Promise<SiteIndex> | undefined;
  let siteUrls: string[] = [];
  const load = () =>
    (index ??= readSiteIndex(file, options.pages ?? false).then((loaded) => {
      siteUrls = [loaded.site.baseUrl, ...(loaded.site.otherUrls ?? [])].filter((u): u is string => !!u);
      return loaded;
    }));

  return {
    async site(): Promise<SourceSite> {
      return (await load()).site;
    },
    async *posts(): AsyncGenerator<SourcePost> {
      const { attachments, site } = await load();
      const ctx = { attachments, baseUrl: site.baseUrl, timezone: options.timezone };
      for await (const record of wxrRecords(file)) {
        if (record.kind !== 'item') continue;
        const fate = itemFate(record, options.pages ?? false);
        if (fate.keep) yield itemPost(record, fate, ctx);
      }
    },
    localPhoto(url: string): string | undefined {
      return options.uploads ? localUpload(options.uploads, url, siteUrls) : undefined;
    },
  };
}

export { readSiteIndex, type SiteIndex } from './site-index.ts';
