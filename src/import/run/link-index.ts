import { authorUrl, sectionUrl, tagUrl } from '../../model/urls.ts';
import { key, type SiteAddress } from './site-address.ts';

/** A story the import makes, as links and redirects need it. */
export interface IndexedStory {
  id: string;
  url: string;
  /**
   * Whether other stories may link to it: a draft or scheduled story has no page yet, and the checker
   * refuses a published story's link to one, so links to it keep pointing at the old site.
   */
  linkable: boolean;
}

/**
 * Where every old address goes now: each imported story under all its old addresses, and the old
 * site's category, tag and author pages under the new listings. Built in the first pass over the
 * source, so a link in the first post may point at the last.
 */
export class LinkIndex {
  private readonly stories = new Map<string, IndexedStory>();
  private readonly listings = new Map<string, string>();

  readonly site: SiteAddress;

  constructor(site: SiteAddress) {
    this.site = site;
  }

  /** Records a story's old addresses; returns the site paths among them that another story already had. */
  addStory(story: IndexedStory, oldAddresses: readonly string[]): string[] {
    const taken: string[] = [];
    for (const address of oldAddresses) {
      const path = this.site.path(address);
      if (!path) continue;
      const k = key(path);
      const first = this.stories.get(k);
      if (first && first.id !== story.id) taken.push(path);
      else this.stories.set(k, story);
    }
    return taken;
  }

  /** The old category page (`/category/<slug>/`, `/categories/<slug>/`) leads to its section now. */
  addCategory(slug: string, section: string): void {
    for (const prefix of ['/category/', '/categories/']) this.listings.set(key(`${prefix}${slug}`), sectionUrl(section));
  }

  /** The old tag page (`/tag/<tag>/`) leads to the new one; only tags a story keeps have a page. */
  addTag(tag: string): void {
    for (const prefix of ['/tag/', '/tags/']) this.listings.set(key(`${prefix}${tag}`), tagUrl(tag));
  }

  addAuthor(oldUrls: readonly string[], id: string): void {
    for (const address of oldUrls) {
      const path = this.site.path(address);
      if (path) this.listings.set(key(path), authorUrl(id));
    }
  }

  /** The story an address names, if the import brings it. */
  story(address: string): IndexedStory | undefined {
    const path = this.site.path(address);
    const found = path === undefined ? undefined : this.stories.get(key(path));
    return found?.linkable ? found : undefined;
  }

  /**
   * The new address for a link on the old site: the story's or the listing's (keeping a `#fragment`),
   * else the page's address on the old site written out in full (the import does not bring it).
   * Links elsewhere are left as they are (undefined).
   */
  link(address: string): { url: string; kept?: boolean } | undefined {
    const path = this.site.path(address);
    if (path === undefined) return undefined;
    const hash = address.includes('#') ? address.slice(address.indexOf('#')) : '';
    const found = this.story(address)?.url ?? this.listings.get(key(path));
    if (found) return { url: `${found}${hash}` };
    const absolute = this.site.absolute(`${path}${hash}`);
    return absolute ? { url: absolute, kept: true } : undefined;
  }
}
