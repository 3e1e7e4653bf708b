import type { SourceAuthor, SourceCategory, SourceSite } from '../source.ts';
import { AttachmentIndex } from './attachments.ts';
import { authorFromLogin, authorFromRecord, loginOf } from './authors.ts';
import { itemFate } from './item-fate.ts';
import { categoryFromRecord, itemTerms } from './terms.ts';
import { own } from './text.ts';
import { wxrRecords, type WxrChannel } from './wxr-stream.ts';

/** What the first pass over an export keeps: the site, and the attachments posts will name. */
export interface SiteIndex {
  site: SourceSite;
  attachments: AttachmentIndex;
  /** Posts (and pages, when asked for) the second pass will yield, by WordPress status. */
  kept: Record<string, number>;
}

/**
 * Reads the whole export once, keeping the channel, `wp:author` and `wp:category` entries and every
 * attachment, and counting the items left out. Authors and categories that posts name but the
 * channel does not list (a partial export) are added, so every key a post carries resolves.
 */
export async function readSiteIndex(file: string, pages: boolean): Promise<SiteIndex> {
  const channel: WxrChannel = new Map();
  const authors = new Map<string, SourceAuthor>();
  const categories = new Map<string, SourceCategory>();
  const attachments = new AttachmentIndex();
  const skipped: Record<string, number> = {};
  const kept: Record<string, number> = {};
  const logins = new Set<string>();
  const named = new Map<string, SourceCategory>();

  for await (const record of wxrRecords(file, channel)) {
    if (record.kind === 'wp:author') {
      const author = authorFromRecord(record);
      if (author && !authors.has(author.key)) authors.set(author.key, author);
    } else if (record.kind === 'wp:category') {
      const category = categoryFromRecord(record);
      if (category && !categories.has(category.slug)) categories.set(category.slug, category);
    } else {
      const fate = itemFate(record, pages);
      if ('attachment' in fate) attachments.add(record);
      else if (!fate.keep) skipped[fate.reason] = (skipped[fate.reason] ?? 0) + 1;
      else {
        const status = own(record.fields.get('wp:status')?.trim() ?? '');
        kept[status] = (kept[status] ?? 0) + 1;
        const login = loginOf(record.fields.get('dc:creator'));
        if (login) logins.add(own(login));
        for (const c of itemTerms(record).categories) if (!named.has(c.slug)) named.set(c.slug, c);
      }
    }
  }
  for (const login of logins) if (!authors.has(login)) authors.set(login, authorFromLogin(login));
  for (const category of named.values()) if (!categories.has(category.slug)) categories.set(category.slug, category);

  // Cloned so the site's strings stop pinning the 64 kB chunks they were sliced from (see `own`).
  const site = structuredClone({
    ...siteAddresses(channel),
    authors: [...authors.values()],
    categories: [...categories.values()],
  });
  return {
    site: { ...site, skipped },
    attachments,
    kept,
  };
}

/**
 * The channel's `<link>` is the address posts were published under; `wp:base_blog_url` says the
 * same on most sites. Old posts link to the site over `http://` and with or without `www.`: those
 * are the site too.
 */
function siteAddresses(channel: WxrChannel): Pick<SourceSite, 'baseUrl' | 'otherUrls'> {
  const given = [channel.get('link'), channel.get('wp:base_blog_url')].filter(
    (u): u is string => !!u && /^https?:\/\//i.test(u) && URL.canParse(u),
  );
  const baseUrl = given[0]?.replace(/\/+$/, '');
  if (!baseUrl) return {};
  const others = new Set<string>(given.map((u) => u.replace(/\/+$/, '')));
  for (const url of [...others]) {
    const u = new URL(url);
    const host = u.host.startsWith('www.') ? u.host.slice(4) : `www.${u.host}`;
    for (const scheme of ['http:', 'https:'])
      for (const h of [u.host, host]) others.add(`${scheme}//${h}${u.pathname.replace(/\/+$/, '')}`);
  }
  others.delete(baseUrl);
  return { baseUrl, otherUrls: [...others] };
}
