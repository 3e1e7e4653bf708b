/**
 * Every cache a build keeps, declared once: where it lives, what it stores, what its key covers and
 * how a reused entry is checked. The code a key covers is never listed by hand: it is the named
 * producing modules and every project file they import (code-version.ts), so a change to a module
 * two imports away still changes the key. README.md in this folder is the same table for people.
 */

export type CacheName =
  'stories' | 'bodies' | 'checks' | 'pages' | 'page-photos' | 'photos' | 'remote-photos' | 'embeds' | 'search';

export interface CacheDeclaration {
  /**
   * `build`: Astro's cache folder, one per content folder (`cacheDir()` in model/paths.ts).
   * `photos`: the photo cache, shared by every content folder (`photoCacheDir()` in images/).
   */
  home: 'build' | 'photos';
  /** The files and folders it occupies in its home; `*` stands for any characters. */
  names: readonly string[];
  /** What it stores. */
  stores: string;
  /** What an entry's key is made of, besides the code below. */
  key: string;
  /** Modules whose code, with every project file they import, the key covers. */
  producers: readonly string[];
  /**
   * Modules the producers import that only keep account of what was made (which page used which
   * file) and decide nothing in it: not covered, nor what they import.
   */
  bookkeeping?: readonly string[];
  /** Packages the key covers: all of them (package-lock.json), or these by their installed version. */
  packages: 'lockfile' | readonly string[];
  /** Node's version counts too: the entries are written with v8.serialize. */
  node?: true;
  /** Caches whose output its entries embed: their versions are part of this one's. */
  embeds?: readonly CacheName[];
  /** How an entry is checked before it is reused. */
  verified: string;
}

export const CACHES: Readonly<Record<CacheName, CacheDeclaration>> = {
  stories: {
    home: 'build',
    names: ['data-store.json'],
    stores: "each shown story's data and digest in Astro's content store (beside the authors, which Astro loads itself)",
    key: 'the story digest: the file’s text, the site config, and the headline and URL of every story its body links to',
    // The schema Astro runs on each story's data (content.config.ts): Astro itself hashes only that file's text.
    producers: ['src/markdown/render.ts', 'src/load/body-renders.ts', 'src/load/story-entry.ts', 'src/model/schemas/story.ts'],
    packages: 'lockfile',
    verified:
      'Astro keeps an entry whose digest is unchanged; when the run renders the story, its body file must also hash to the sha256 in its record',
  },
  bodies: {
    home: 'build',
    names: ['broadsheet-bodies'],
    stores:
      "each rendered story body as HTML with photo tokens, `<digest>.html` (too big for Astro's store); its sha256 is in the story's record",
    key: 'the story digest (see stories)',
    producers: ['src/load/body-store.ts'],
    packages: [],
    embeds: ['stories'],
    verified:
      "the file's sha256 must be the one in the story's record: the loader renders it again when not, a page reading a body changed since stops the build; bodies no stored story uses are deleted",
  },
  checks: {
    home: 'build',
    names: ['broadsheet-check.bin'],
    stores: "the checker's result per story file: problems, body facts, valid frontmatter, photos read",
    key: "the file's path and text (sha256); for the whole file, the site config and content folder",
    producers: ['src/check/story-file.ts', 'src/check/cache.ts'],
    packages: 'lockfile',
    node: true,
    verified:
      'the file starts with the sha256 of the rest, else it is not read; a result is reused only while every photo it read has the same size and modification time',
  },
  pages: {
    home: 'build',
    names: ['dist', 'incremental-build.json'],
    stores: "Astro's copy of every keyed page (story pages, pages of listings) and its manifest of their keys",
    key: "Astro's: the config, package-lock.json, the route's module graph; ours (cacheKey): the masthead day, the authors and their portraits' bytes, each story shown (digest, photos' bytes)",
    producers: ['src/site/page-keys.ts'],
    packages: [],
    embeds: ['photos', 'page-photos'],
    verified:
      'Astro compares keys; a cached page is reused only while its length and sha256 are those the page-photos record holds (reuse-pages.ts), and is copied, never linked, into the site',
  },
  'page-photos': {
    home: 'build',
    names: ['broadsheet-page-photos.bin'],
    stores: 'for each keyed page, the photo derivatives it showed and how to make each (its encode job)',
    key: "the page's path, as current as Astro's copy of the page (page keys embed this cache's version)",
    producers: ['src/photos/page-photos.ts'],
    packages: [],
    node: true,
    verified: 'a record of another version is not read; a page Astro reused without a record stops the build',
  },
  photos: {
    home: 'photos',
    names: ['*.avif', '*.webp', '*.jpg', '*.sha256', 'last-build.json'],
    stores:
      'every derivative a page showed (widths, formats, crops, share cards), the credit inside, with `<file>.sha256` (its length and sha256) beside it; last-build.json reports the last run',
    key: "in the file name: the source photo's bytes; the credit, alt text and caption embedded; the crop box (hero.focal); the card's words",
    producers: ['src/photos/pictures.ts', 'src/photos/encode.ts'],
    // Where jobs are registered and which page used them: a change there must not re-encode every photo.
    bookkeeping: ['src/photos/derivative-jobs.ts'],
    packages: ['sharp'],
    verified: 'a file is reused only when its length and sha256 match its record (written after it), else it is encoded again',
  },
  'remote-photos': {
    home: 'photos',
    names: ['remote'],
    stores: 'every photo a story names by its https address, fetched once, with source.json recording its address and hash',
    key: 'the folder name: the address (sha256); the file name: the last part of the address',
    producers: ['src/photos/remote-photo.ts'],
    packages: [],
    verified: "the file's bytes must match the sha256 in source.json, or the photo is fetched again",
  },
  embeds: {
    home: 'photos',
    names: ['embeds'],
    stores:
      "each embed's oEmbed answer as the poster uses it (info.json: title, author) and its thumbnail, with record.json holding both files' sha256",
    key: 'the folder name: the oEmbed address asked (sha256, the stand-in origin of BROADSHEET_EMBED_ORIGIN included)',
    producers: ['src/site/embed-fetch.ts'],
    packages: [],
    verified:
      'both files must hash to their record, written last, or the embed is fetched again; a failed fetch is not kept (the poster is a drawn card and the next build asks again)',
  },
  search: {
    home: 'build',
    names: ['broadsheet-search'],
    stores:
      "one Pagefind index per bucket of story pages, with a record of its files (folder-record.ts); pages.json: each page's sha256 and whether it is a story page",
    key: "the number of buckets, and each of the bucket's pages: its path and bytes (sha256)",
    producers: ['src/output/search-index.ts'],
    packages: ['pagefind'],
    verified:
      "an index is reused only when its files are exactly those its record lists (path, length, sha256), else it is made again; indexes no bucket uses are deleted; pages.json is read only when its first line is the sha256 of the rest, and says only whether a page of the sum Astro's process sent is a story page",
  },
};
